package fr.centreisere.concierge.gateway.tracing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the gateway does to follow a request, through real HTTP to a WireMock catalog-service: the client's
 * {@code X-Request-Id} kept, or a new one when missing or not plain, answered and forwarded; the client's
 * trace continued by the gateway's span, its sampled flag kept, and forwarded as the gateway's
 * {@code traceparent}; one access-log line with the trace id and the request id, and no query value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class RequestTracingTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CLIENT_SPAN = "00f067aa0ba902b7";
    static final WireMockServer catalog = new WireMockServer(wireMockConfig().dynamicPort());

    @Autowired
    WebTestClient client;

    @BeforeAll
    static void startCatalog() {
        catalog.start();
        catalog.stubFor(get(urlPathEqualTo("/api/catalog/categories"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
    }

    @AfterAll
    static void stopCatalog() {
        catalog.stop();
    }

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::baseUrl);
    }

    @BeforeEach
    void forget() {
        catalog.resetRequests();
        // a first answer may take seconds on a loaded build machine
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void theClientsRequestIdAndTraceAreForwardedAnsweredAndLoggedUnsampledToo(CapturedOutput output) {
        String answered = client.get().uri("/api/catalog/categories")
                .header("traceparent", "00-" + TRACE_ID + "-" + CLIENT_SPAN + "-00")
                .header("X-Request-Id", "req-from-client.42").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(answered).isEqualTo("req-from-client.42");

        LoggedRequest forwarded = onlyForwarded();
        assertThat(forwarded.getHeader("X-Request-Id")).isEqualTo("req-from-client.42");
        // the gateway's own span, child of the client's: same trace, another span id, still not sampled
        assertThat(forwarded.getHeader("traceparent")).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-00")
                .doesNotContain(CLIENT_SPAN);
        assertThat(accessLine(output, "req-from-client.42")).contains("GET /api/catalog/categories 200")
                .contains(TRACE_ID);
    }

    @Test
    void withoutARequestIdOrATraceTheGatewayGivesBoth(CapturedOutput output) {
        String answered = client.get().uri("/api/catalog/categories").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(answered).matches("[0-9a-f]{32}");

        LoggedRequest forwarded = onlyForwarded();
        assertThat(forwarded.getHeader("X-Request-Id")).isEqualTo(answered);
        String traceparent = forwarded.getHeader("traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(accessLine(output, answered)).contains(traceparent.substring(3, 35));
    }

    @Test
    void aRequestIdThatIsNotPlainIsReplacedAndNeverLogged(CapturedOutput output) {
        String bad = "<script>alert(1)</script>";
        String tooLong = "x".repeat(65);
        for (String sent : List.of(bad, tooLong, "a b", "café")) {
            catalog.resetRequests();
            String answered = client.get().uri("/api/catalog/categories").header("X-Request-Id", sent).exchange()
                    .expectStatus().isOk()
                    .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
            assertThat(answered).as(sent).matches("[0-9a-f]{32}");
            assertThat(onlyForwarded().getHeader("X-Request-Id")).isEqualTo(answered);
        }
        assertThat(output.getAll()).doesNotContain(bad).doesNotContain(tooLong);
    }

    @Test
    void theAccessLogNamesTheQuerysParametersNotTheirValues(CapturedOutput output) {
        client.get().uri("/api/catalog/categories?q=jeanne.martin@example.fr&size=20")
                .header("X-Request-Id", "req-query").exchange()
                .expectStatus().isOk();
        assertThat(accessLine(output, "req-query")).contains("GET /api/catalog/categories?q&size 200");
        assertThat(output.getAll()).doesNotContain("jeanne.martin");
    }

    @Test
    void anAnswerOfTheGatewayItselfIsLoggedAndCarriesTheRequestIdToo(CapturedOutput output) {
        String answered = client.get().uri("/internal/coverage").header("X-Request-Id", "req-internal").exchange()
                .expectStatus().isNotFound()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(answered).isEqualTo("req-internal");
        assertThat(accessLine(output, "req-internal")).contains("GET /internal/coverage 404");
    }

    private static LoggedRequest onlyForwarded() {
        List<LoggedRequest> seen = catalog.findAll(getRequestedFor(urlPathEqualTo("/api/catalog/categories")));
        assertThat(seen).hasSize(1);
        return seen.get(0);
    }

    /** The access-log line of the request with this id (the line's correlation names it), written once answered. */
    private static String accessLine(CapturedOutput output, String requestId) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> output.getAll().lines()
                .filter(line -> line.contains("AccessLog") && line.contains(requestId)).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
