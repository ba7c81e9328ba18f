package fr.centreisere.concierge.order.availability.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.centreisere.concierge.order.availability.Availability.FreeDay;
import fr.centreisere.concierge.order.availability.AvailabilityUnknown;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/** The availability client against a WireMock provider-service: the answer, and every way of not getting one. */
@SpringBootTest(properties = {
        "spring.cloud.openfeign.client.config.availabilityClient.read-timeout=1500",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1h" })
@EnableWireMock({
        @ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.clients.catalog-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url") })
class FeignAvailabilityTest {

    static final String PATH = "/internal/availability";
    static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @InjectWireMock("provider")
    WireMockServer providerService;

    @Autowired
    FeignAvailability availability;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void closeTheBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        providerService.resetAll();
        // one request first: a cold server on a busy machine must not look like a timeout
        try {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(providerService.baseUrl() + "/__admin/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("WireMock does not answer", e);
        }
    }

    @Test
    void asksTheDaysOfAServiceInACommuneWithTheInternalToken() {
        providerService.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("""
                {"serviceId":"svc-reparation-velo","communeInsee":"38563",
                 "days":[{"date":"2026-12-04","freePlaces":0},{"date":"2026-12-05","freePlaces":3}]}""")));

        assertThat(availability.freePlaces("svc-reparation-velo", "38563", DAY, 60))
                .containsExactly(new FreeDay(DAY, 0), new FreeDay(DAY.plusDays(1), 3));
        providerService.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("serviceId", equalTo("svc-reparation-velo"))
                .withQueryParam("commune", equalTo("38563"))
                .withQueryParam("from", equalTo("2026-12-04"))
                .withQueryParam("days", equalTo("60"))
                .withHeader("X-Internal-Token", equalTo("test-internal-token-for-every-test")));
    }

    @Test
    void anErrorATimeoutOrAnAnswerWithoutDaysIsUnknown() {
        providerService.stubFor(get(urlPathEqualTo(PATH)).willReturn(serverError()));
        assertThatThrownBy(() -> availability.freePlaces("svc-x", "38563", DAY, 60)).isInstanceOf(AvailabilityUnknown.class);

        providerService.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400)));
        assertThatThrownBy(() -> availability.freePlaces("svc-x", "38563", DAY, 60)).isInstanceOf(AvailabilityUnknown.class);

        providerService.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"serviceId\":\"svc-x\"}")));
        assertThatThrownBy(() -> availability.freePlaces("svc-x", "38563", DAY, 60)).isInstanceOf(AvailabilityUnknown.class);

        providerService.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"days\":[]}").withFixedDelay(4_000)));
        assertThatThrownBy(() -> availability.freePlaces("svc-x", "38563", DAY, 60)).isInstanceOf(AvailabilityUnknown.class);
    }

    @Test
    void anOpenBreakerSparesProviderService() {
        providerService.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> availability.freePlaces("svc-x", "38563", DAY, 60))
                    .isInstanceOf(AvailabilityUnknown.class);
        }
        assertThat(breakers.getAllCircuitBreakers().stream().filter(b -> b.getName().startsWith("AvailabilityClient")))
                .singleElement().extracting(CircuitBreaker::getState).isEqualTo(CircuitBreaker.State.OPEN);

        assertThatThrownBy(() -> availability.freePlaces("svc-x", "38563", DAY, 60)).isInstanceOf(AvailabilityUnknown.class);
        providerService.verify(4, getRequestedFor(urlPathEqualTo(PATH)));
    }
}
