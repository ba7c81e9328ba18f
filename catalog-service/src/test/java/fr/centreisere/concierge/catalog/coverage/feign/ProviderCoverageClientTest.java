package fr.centreisere.concierge.catalog.coverage.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import fr.centreisere.concierge.catalog.coverage.RefreshCoverage;
import fr.centreisere.concierge.platform.security.InternalToken;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * The coverage read from provider-service (a WireMock stand-in), through the real Feign client, circuit
 * breaker, time limiter and retry, and what the catalog then answers: the new coverage when provider-service
 * answers, the last known one (with its age) when it fails, is slow, or its breaker is open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.coverage.retry.max-attempts=2",
        "catalog.coverage.retry.first-wait=10ms",
        "spring.cloud.openfeign.client.config.providerCoverage.read-timeout=500",
        "resilience4j.timelimiter.configs.default.timeout-duration=2s",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1h",
        "resilience4j.circuitbreaker.configs.default.automatic-transition-from-open-to-half-open-enabled=false" })
@AutoConfigureRestTestClient
@EnableWireMock(@ConfigureWireMock(name = "provider-service", baseUrlProperties = "catalog.coverage.provider-url"))
class ProviderCoverageClientTest {

    static final String BREAKER = "ProviderCoverageClientcoverage";
    private static final String COVERAGE = "/internal/coverage";
    private static final String VOIRON = "38563";
    private static final Instant MORNING = Instant.parse("2026-11-27T06:00:00Z");

    @InjectWireMock("provider-service")
    WireMockServer provider;

    @Autowired
    RefreshCoverage refreshCoverage;
    @Autowired
    KnownCoverage knownCoverage;
    @Autowired
    CircuitBreakerRegistry breakers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RestTestClient client;

    @Value("${concierge.security.internal-token}")
    String internalToken;

    @BeforeEach
    void noCoverageKnownAndAClosedBreaker() {
        mongo.remove(new Query(), "coverage");
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void keepsTheCoverageProviderServiceGivesAndSearchesWithIt() {
        provider.stubFor(get(COVERAGE).willReturn(okJson("""
                {"asOf": "2026-11-27T07:15:00.250Z", "services": [
                  {"serviceId": "svc-menage-domicile", "communes": ["38563", "38239"]},
                  {"serviceId": "svc-location-velo-electrique", "communes": ["38563"]},
                  {"serviceId": "svc-tonte-pelouse", "communes": ["38239"]},
                  {"serviceId": "svc-vide-maison", "communes": []}]}
                """)));

        assertThat(refreshCoverage.refresh()).hasValueSatisfying(snapshot -> {
            assertThat(snapshot.asOf()).isEqualTo(Instant.parse("2026-11-27T07:15:00.250Z"));
            assertThat(snapshot.covers("svc-menage-domicile", "38239")).isTrue();
            assertThat(snapshot.covers("svc-vide-maison", VOIRON)).isFalse();
        });
        provider.verify(getRequestedFor(urlEqualTo(COVERAGE)).withHeader(InternalToken.HEADER, equalTo(internalToken)));

        client.get().uri("/api/catalog/services?commune={commune}", VOIRON).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalElements").isEqualTo(2)
                .jsonPath("$.content[0].id").isEqualTo("svc-location-velo-electrique")
                .jsonPath("$.content[1].id").isEqualTo("svc-menage-domicile")
                .jsonPath("$.coverageAsOf").isEqualTo("2026-11-27T07:15:00.250Z");
    }

    @Test
    void aServerErrorLeavesTheLastKnownCoverageInPlace() {
        knownCoverage.remember(morningCoverage());
        provider.stubFor(get(COVERAGE).willReturn(serverError()));

        assertThat(refreshCoverage.refresh()).contains(morningCoverage());

        provider.verify(2, getRequestedFor(urlEqualTo(COVERAGE))); // the read is retried once
        searchInVoironServesTheMorningCoverage();
    }

    @Test
    void aPassingFailureIsRetried() {
        provider.stubFor(get(COVERAGE).inScenario("restart").whenScenarioStateIs(STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("up"));
        provider.stubFor(get(COVERAGE).inScenario("restart").whenScenarioStateIs("up")
                .willReturn(okJson("{\"asOf\": \"2026-11-27T08:00:00Z\", \"services\": []}")));

        assertThat(refreshCoverage.refresh()).hasValueSatisfying(snapshot ->
                assertThat(snapshot.asOf()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z")));
        provider.verify(2, getRequestedFor(urlEqualTo(COVERAGE)));
    }

    @Test
    void aSlowAnswerIsCutAndTheLastKnownCoverageServed() {
        knownCoverage.remember(morningCoverage());
        provider.stubFor(get(COVERAGE).willReturn(okJson("{\"asOf\": \"2026-11-27T09:00:00Z\", \"services\": []}")
                .withFixedDelay(1_500)));

        assertThat(refreshCoverage.refresh()).contains(morningCoverage());

        searchInVoironServesTheMorningCoverage();
    }

    @Test
    void onceTheBreakerIsOpenProviderServiceIsLeftAloneAndTheLastKnownCoverageServed() {
        knownCoverage.remember(morningCoverage());
        provider.stubFor(get(COVERAGE).willReturn(aResponse().withStatus(502)));
        refreshCoverage.refresh();
        refreshCoverage.refresh(); // 4 failed calls: the breaker opens
        assertThat(breakers.find(BREAKER)).hasValueSatisfying(breaker ->
                assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN));
        int callsSoFar = provider.getAllServeEvents().size();
        provider.stubFor(get(COVERAGE).willReturn(okJson("{\"asOf\": \"2026-11-27T10:00:00Z\", \"services\": []}")));

        assertThat(refreshCoverage.refresh()).contains(morningCoverage());

        assertThat(provider.getAllServeEvents()).hasSize(callsSoFar);
        searchInVoironServesTheMorningCoverage();
    }

    @Test
    void theInternalOfferSaysWhetherTheServiceReachesTheCommune() {
        knownCoverage.remember(morningCoverage());

        client.get().uri("/internal/services/svc-menage-domicile/offer?commune={commune}", VOIRON)
                .header(InternalToken.HEADER, internalToken).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.availableInCommune").isEqualTo(true)
                .jsonPath("$.commissionRatePercent").isEqualTo(8)
                .jsonPath("$.vatRatePercent").isEqualTo(10)
                .jsonPath("$.coverageAsOf").isEqualTo("2026-11-27T06:00:00Z");
        client.get().uri("/internal/services/svc-tonte-pelouse/offer?commune={commune}", VOIRON)
                .header(InternalToken.HEADER, internalToken).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.availableInCommune").isEqualTo(false);
    }

    private void searchInVoironServesTheMorningCoverage() {
        client.get().uri("/api/catalog/services?commune={commune}", VOIRON).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalElements").isEqualTo(1)
                .jsonPath("$.content[0].id").isEqualTo("svc-menage-domicile")
                .jsonPath("$.coverageAsOf").isEqualTo("2026-11-27T06:00:00Z");
    }

    private static CoverageSnapshot morningCoverage() {
        return new CoverageSnapshot(MORNING, Map.of("svc-menage-domicile", Set.of(VOIRON)));
    }
}
