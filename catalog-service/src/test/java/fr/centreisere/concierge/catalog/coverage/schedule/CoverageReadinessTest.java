package fr.centreisere.concierge.catalog.coverage.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.centreisere.concierge.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * A new installation: the catalog starts with no coverage stored while provider-service (a WireMock stand-in) is
 * still starting. It is not ready, and asks again every few seconds rather than a whole refresh interval later
 * (an hour here): once provider-service answers, the catalog is ready and offers its services within seconds
 * (before, the first orders after a fresh start were refused as « not offered » for up to a minute).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.coverage.refresh-enabled=true",
        "catalog.coverage.initial-delay=100ms",
        "catalog.coverage.first-fetch-retry=300ms",
        "catalog.coverage.refresh-interval=1h",
        "catalog.coverage.retry.max-attempts=1",
        // the breaker opens as it would at a real start, but is left closed again sooner
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1s" })
@EnableWireMock(@ConfigureWireMock(name = "provider-service", baseUrlProperties = "catalog.coverage.provider-url"))
class CoverageReadinessTest {

    private static final String COVERAGE = "/internal/coverage";

    @InjectWireMock("provider-service")
    WireMockServer provider;

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int apiPort;

    @Test
    void aNewInstallationIsReadySoonAfterProviderServiceFirstAnswersNotARefreshIntervalLater() throws Exception {
        provider.stubFor(get(COVERAGE).willReturn(serviceUnavailable()));
        assertThat(within(10_000, () -> provider.countRequestsMatching(getRequestedFor(urlEqualTo(COVERAGE)).build())
                .getCount() >= 2)).as("asked again, well before the refresh interval").isTrue();
        RawHttp.Answer notYet = RawHttp.get(managementPort, "/actuator/health/readiness");
        assertThat(notYet.status()).as(notYet.toString()).isEqualTo(503);

        provider.stubFor(get(COVERAGE).willReturn(okJson("""
                {"asOf": "2026-12-02T06:00:00Z", "services": [
                  {"serviceId": "svc-menage-domicile", "communes": ["38563"]}]}
                """)));

        assertThat(within(10_000, () -> RawHttp.get(managementPort, "/actuator/health/readiness").status() == 200))
                .as("ready once provider-service answered").isTrue();
        RawHttp.Answer voiron = RawHttp.get(apiPort, "/api/catalog/services?commune=38563");
        assertThat(voiron.status()).isEqualTo(200);
        assertThat(voiron.body()).contains("svc-menage-domicile");
        int asked = provider.countRequestsMatching(getRequestedFor(urlEqualTo(COVERAGE)).build()).getCount();
        Thread.sleep(1_000);
        assertThat(provider.countRequestsMatching(getRequestedFor(urlEqualTo(COVERAGE)).build()).getCount())
                .as("served: no more quick retries, the next refresh is an interval away").isEqualTo(asked);
    }

    private static boolean within(long millis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
