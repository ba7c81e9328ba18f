package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Watching the system (issue 17): every Spring Boot part serves its probes, its build and its metrics on a
 * management port of its own, never on the gateway's public port; an order placed through the gateway moves
 * order-service's business meters, read from its Prometheus endpoint as Prometheus would.
 */
@SystemTest
class MetricsSystemTest {

    static final String SERVICE = "svc-reparation-velo";
    static final String VOIRON = "38563";
    static final Map<String, String> PROMETHEUS_TEXT = Map.of("Accept", "text/plain");

    private final ConciergeSystem system;
    private final Http http;

    MetricsSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void everyPartServesItsProbesBuildAndMetricsOnItsManagementPortTaggedWithItsName() {
        for (String component : system.managedComponents()) {
            String management = system.managementUrl(component);
            assertThat(http.get(management + "/actuator/health/readiness").status()).as(component).isEqualTo(200);

            Http.Reply info = http.get(management + "/actuator/info");
            assertThat(info.status()).as(component + " info: " + info).isEqualTo(200);
            JsonNode build = info.json().path("build");
            assertThat(build.path("artifact").asString()).as(component + " info: " + info).isEqualTo(component);
            assertThat(build.path("version").asString()).as(component + " info: " + info).isEqualTo("0.1.0-SNAPSHOT");

            Http.Reply metrics = http.get(management + "/actuator/prometheus", PROMETHEUS_TEXT);
            assertThat(metrics.status()).as(component + " prometheus: " + metrics.status()).isEqualTo(200);
            assertThat(metrics.contentType()).startsWith("text/plain");
            assertThat(metrics.body()).as(component).contains("jvm_memory_used_bytes{", "application=\"" + component + "\"");
        }
        // the outboxes' gauge, one series per outbox
        assertThat(prometheus("order-service")).contains("concierge_outbox_waiting{", "outbox=\"orders_outbox\"");
        assertThat(prometheus("notification-service")).contains("concierge_outbox_waiting{", "outbox=\"mails_delivery\"");
    }

    @Test
    void theGatewaysPublicPortServesNoActuatorWhileItsManagementPortDoes() {
        for (String path : new String[] { "/actuator/prometheus", "/actuator/health", "/actuator/info", "/actuator" }) {
            Http.Reply reply = http.get(path, PROMETHEUS_TEXT);
            assertThat(reply.status()).as(path + ": " + reply).isIn(401, 404);
            assertThat(reply.isProblem()).as(path + ": " + reply).isTrue();
        }
        Http.Reply metrics = http.get(system.managementUrl("gateway") + "/actuator/prometheus", PROMETHEUS_TEXT);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"gateway\"");
    }

    @Test
    void anOrderPlacedThroughTheGatewayIsCountedByOrderServiceAndItsDispatchTimed() {
        Map<String, String> resident = SignIn.as(http, "resident@demo.test");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(http.get("/api/catalog/services/" + SERVICE + "?commune=" + VOIRON).json()
                        .path("availableInCommune").asBoolean()).isTrue());
        double placedBefore = sample(prometheus("order-service"), "concierge_orders_placed_total",
                "category=\"SMALL_REPAIRS\"", "billing=\"PERSONAL\"");
        double dispatchedBefore = sample(prometheus("order-service"), "concierge_orders_dispatch_seconds_count");

        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(6);
        String body = """
                {"serviceId":"%s","quantity":1,"communeInsee":"%s",
                 "address":{"line1":"12 rue Mainssieux","postalCode":"38500"},
                 "slot":{"date":"%s","from":"14:00","to":"16:00"},"billing":"PERSONAL"}""".formatted(SERVICE, VOIRON, day);
        Map<String, String> placing = new HashMap<>(resident);
        placing.put("Idempotency-Key", UUID.randomUUID().toString());
        // right after start, order-service may not find catalog-service in the registry yet: 503, then it answers
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2))
                .until(() -> http.post("/api/orders", body, placing).status() == 201);
        assertThat(http.post("/api/orders", body, placing).status()).as("a replay").isEqualTo(200);

        String after = prometheus("order-service");
        assertThat(sample(after, "concierge_orders_placed_total", "category=\"SMALL_REPAIRS\"", "billing=\"PERSONAL\""))
                .isEqualTo(placedBefore + 1);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(sample(prometheus("order-service"), "concierge_orders_dispatch_seconds_count"))
                        .isGreaterThanOrEqualTo(dispatchedBefore + 1));
        // the timer's histogram, for its percentiles (read again: the dispatch may have left after the placing, by the relay)
        assertThat(prometheus("order-service")).contains("concierge_orders_dispatch_seconds_bucket{", "application=\"order-service\"");
    }

    private String prometheus(String component) {
        Http.Reply reply = http.get(system.managementUrl(component) + "/actuator/prometheus", PROMETHEUS_TEXT);
        assertThat(reply.status()).as(component + " prometheus").isEqualTo(200);
        return reply.body();
    }

    /** The sum of a metric's samples whose labels contain all of {@code labels} (0 when it has none yet). */
    static double sample(String exposition, String metric, String... labels) {
        double sum = 0;
        for (String line : exposition.lines().toList()) {
            if (!line.startsWith(metric + "{") && !line.startsWith(metric + " ")) {
                continue;
            }
            boolean matches = true;
            for (String label : labels) {
                matches &= line.contains(label);
            }
            if (matches) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
