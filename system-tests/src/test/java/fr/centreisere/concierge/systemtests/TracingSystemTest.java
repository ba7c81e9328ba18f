package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

/**
 * A request followed across the parts by its log lines (issue 17): an order placed through the gateway with
 * a {@code traceparent} of a trace id of ours and an {@code X-Request-Id}; the gateway's access log,
 * order-service's line for the order and provider-service's line for its dispatch all carry that trace id and
 * that request id (the dispatch is sent by the placing request, or by the outbox's relay when it had to wait:
 * the logs are read for a while).
 */
@SystemTest
class TracingSystemTest {

    static final String SERVICE = "svc-reparation-velo";
    static final String VOIRON = "38563";

    private final Http http;
    private final ConciergeSystem system;

    TracingSystemTest(Http http, ConciergeSystem system) {
        this.http = http;
        this.system = system;
    }

    @Test
    void anOrdersTraceIdAndRequestIdAreInTheLogsOfTheGatewayOrderServiceAndProviderService() {
        Map<String, String> resident = SignIn.as(http, "resident@demo.test");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(http.get("/api/catalog/services/" + SERVICE + "?commune=" + VOIRON).json()
                        .path("availableInCommune").asBoolean()).isTrue());

        String traceId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        String requestId = "tracing-test-" + UUID.randomUUID();
        Map<String, String> headers = new HashMap<>(resident);
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        headers.put("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        headers.put("X-Request-Id", requestId);
        // right after start, order-service may not find catalog-service yet: 503, then it answers; a day that
        // the other suites' orders filled is refused (409): the next day then
        Http.Reply[] placed = new Http.Reply[1];
        int[] daysAhead = {6};
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
            placed[0] = http.post("/api/orders", order(daysAhead[0]), headers);
            if (placed[0].status() == 409 || placed[0].status() == 422) {
                daysAhead[0]++;
            }
            return placed[0].status() == 201;
        });
        assertThat(placed[0].headers().get("x-request-id")).containsExactly(requestId);
        String orderId = placed[0].json().path("id").asString();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(linesWith("gateway", traceId)).as("the gateway's access log")
                    .anySatisfy(line -> assertThat(line).contains("POST /api/orders 201").contains(requestId));
            assertThat(linesWith("order-service", traceId)).as("order-service's log")
                    .anySatisfy(line -> assertThat(line).contains(orderId).contains(requestId));
            assertThat(linesWith("provider-service", traceId)).as("provider-service's log")
                    .anySatisfy(line -> assertThat(line).contains(orderId).contains(requestId));
        });
    }

    private static String order(int daysAhead) {
        return """
                {"serviceId":"%s","quantity":1,"communeInsee":"%s",
                 "address":{"line1":"3 place du Marché","postalCode":"38500"},
                 "slot":{"date":"%s","from":"14:00","to":"16:00"},"billing":"PERSONAL"}"""
                .formatted(SERVICE, VOIRON, LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(daysAhead));
    }

    private List<String> linesWith(String part, String text) {
        Path log = system.logDir().resolve(part + ".log");
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.contains(text)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
