package fr.centreisere.concierge.order.catalog.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.centreisere.concierge.order.catalog.CatalogUnavailable;
import fr.centreisere.concierge.order.catalog.ServiceOffer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/** The catalog client against a WireMock catalog-service: the contract of docs/INTERNAL-API.md and every failure. */
@SpringBootTest(properties = {
        "spring.cloud.openfeign.client.config.default.read-timeout=2500",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1h",
        "resilience4j.retry.instances.catalog-offer.max-attempts=2",
        "resilience4j.retry.instances.catalog-offer.wait-duration=50ms" })
@EnableWireMock({
        @ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.clients.catalog-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url") })
class FeignCatalogTest {

    static final String OFFER_PATH = "/internal/services/svc-reparation-velo/offer";

    static final String OFFER = """
            {"serviceId":"svc-reparation-velo","slug":"reparation-velo",
             "title":{"fr":"Réparation de vélo","en":"Bike repair"},"category":"SMALL_REPAIRS","priceModel":"PER_HOUR",
             "unitPriceCents":2500,"vatRatePercent":5.5,"minQuantity":1,"maxQuantity":4,"leadTimeHours":24,
             "audience":"ALL","active":true,"availableInCommune":true,"commissionRatePercent":8,
             "coverageAsOf":"2026-12-01T08:00:00Z","communePostalCodes":["38500"],"communeName":"Voiron",
             "somethingNew":42}
            """;

    @InjectWireMock("catalog")
    WireMockServer catalogService;

    @Autowired
    FeignCatalog catalog;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void closeTheBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        catalogService.resetAll();
        warmUp(catalogService);
    }

    /** One request before the test's own: a cold server on a busy machine must not look like a timeout. */
    static void warmUp(WireMockServer server) {
        try {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.baseUrl() + "/__admin/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("WireMock does not answer", e);
        }
    }

    @Test
    void readsTheOfferOfAServiceInACommuneWithTheInternalToken() {
        catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).withQueryParam("commune", equalTo("38563"))
                .willReturn(okJson(OFFER)));

        ServiceOffer offer = catalog.offer("svc-reparation-velo", "38563").orElseThrow();

        assertThat(offer.unitPriceCents()).isEqualTo(2500);
        assertThat(offer.vatRatePercent()).isEqualByComparingTo("5.5");
        assertThat(offer.commissionRatePercent()).isEqualByComparingTo("8");
        assertThat(offer.titleFr()).isEqualTo("Réparation de vélo");
        assertThat(offer.category()).isEqualTo("SMALL_REPAIRS");
        assertThat(offer.leadTimeHours()).isEqualTo(24);
        assertThat(offer.audience()).isEqualTo(ServiceOffer.Audience.ALL);
        assertThat(offer.availableInCommune()).isTrue();
        assertThat(offer.communePostalCodes()).isEqualTo(List.of("38500"));
        assertThat(offer.communeName()).isEqualTo("Voiron");
        catalogService.verify(getRequestedFor(urlPathEqualTo(OFFER_PATH))
                .withHeader("X-Internal-Token", equalTo("test-internal-token-for-every-test")));
    }

    @Test
    void withoutPostalCodesInTheOfferTheyComeFromTheCommuneRecord() {
        catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).willReturn(okJson(OFFER.replace(",\"communePostalCodes\":[\"38500\"]", ""))));
        catalogService.stubFor(get(urlPathEqualTo("/api/catalog/communes/38563")).willReturn(okJson("""
                {"inseeCode":"38563","name":"Voiron","postalCodes":["38500"],"population":20000,"epciName":"CAPV"}""")));

        assertThat(catalog.offer("svc-reparation-velo", "38563").orElseThrow().communePostalCodes())
                .containsExactly("38500");
        catalogService.verify(getRequestedFor(urlPathEqualTo("/api/catalog/communes/38563"))
                .withoutHeader("X-Internal-Token"));
    }

    @Test
    void withoutPostalCodesAndWithoutTheCommuneRecordTheOfferIsUnavailable() {
        catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).willReturn(okJson(OFFER.replace(",\"communePostalCodes\":[\"38500\"]", ""))));
        catalogService.stubFor(get(urlPathEqualTo("/api/catalog/communes/38563")).willReturn(serverError()));

        assertThatThrownBy(() -> catalog.offer("svc-reparation-velo", "38563")).isInstanceOf(CatalogUnavailable.class);
    }

    @Test
    void anUnknownServiceIsNoOfferAndDoesNotOpenTheBreaker() {
        catalogService.stubFor(get(urlPathEqualTo("/internal/services/svc-nope/offer")).willReturn(notFound()
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

        for (int i = 0; i < 6; i++) {
            assertThat(catalog.offer("svc-nope", "38563")).isEmpty();
        }
        assertThat(breakers.circuitBreaker("CatalogClientofferStringString").getState())
                .isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aServiceIdOrCommuneThatIsNotOneIsNoOfferAndNoRequest() {
        for (String serviceId : new String[] { "..", "svc-a/../../x", "svc-a\u0000", "svc-a\r\nb", "%s%n", "" }) {
            assertThat(catalog.offer(serviceId, "38563")).as(serviceId).isEmpty();
        }
        assertThat(catalog.offer("svc-reparation-velo", "../x")).isEmpty();
        catalogService.verify(0, getRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void aServerErrorIsTriedAgainThenUnavailableNeverAGuess() {
        catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).willReturn(serverError()));

        assertThatThrownBy(() -> catalog.offer("svc-reparation-velo", "38563")).isInstanceOf(CatalogUnavailable.class);
        catalogService.verify(2, getRequestedFor(urlPathEqualTo(OFFER_PATH)));
    }

    @Test
    void aPassingFailureIsHiddenByTheRetry() {
        catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).inScenario("blip")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(serverError()).willSetStateTo("back"));
        catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).inScenario("blip").whenScenarioStateIs("back")
                .willReturn(okJson(OFFER)));

        assertThat(catalog.offer("svc-reparation-velo", "38563")).isPresent();
        catalogService.verify(2, getRequestedFor(urlPathEqualTo(OFFER_PATH)));
    }

    @Test
    void aClientErrorIsNotTriedAgain() {
        catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).willReturn(aResponse().withStatus(400)));

        assertThatThrownBy(() -> catalog.offer("svc-reparation-velo", "38563")).isInstanceOf(CatalogUnavailable.class);
        catalogService.verify(1, getRequestedFor(urlPathEqualTo(OFFER_PATH)));
    }

    @Test
    void aSlowCatalogTimesOut() {
        catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).willReturn(okJson(OFFER).withFixedDelay(6_000)));

        assertThatThrownBy(() -> catalog.offer("svc-reparation-velo", "38563")).isInstanceOf(CatalogUnavailable.class);
    }

    @Test
    void anOfferWithoutAPriceIsUnavailable() {
        catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).willReturn(okJson("""
                {"serviceId":"svc-reparation-velo","category":"SMALL_REPAIRS","vatRatePercent":20}""")));

        assertThatThrownBy(() -> catalog.offer("svc-reparation-velo", "38563")).isInstanceOf(CatalogUnavailable.class);
    }

    @Test
    void anOfferTheDispatchWouldRefuseIsUnavailableToo() {
        for (String broken : new String[] { OFFER.replace("\"unitPriceCents\":2500", "\"unitPriceCents\":-1"),
                OFFER.replace("\"commissionRatePercent\":8", "\"commissionRatePercent\":-8"),
                OFFER.replace("\"category\":\"SMALL_REPAIRS\"", "\"category\":\" \""),
                OFFER.replace("\"minQuantity\":1", "\"minQuantity\":0") }) {
            catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).willReturn(okJson(broken)));

            assertThatThrownBy(() -> catalog.offer("svc-reparation-velo", "38563")).as(broken)
                    .isInstanceOf(CatalogUnavailable.class);
        }
    }

    @Test
    void repeatedFailuresOpenTheBreakerWhichThenSparesTheCatalog() {
        catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).willReturn(aResponse().withStatus(503)));
        // two calls of two attempts each: the fourth failure opens the breaker
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> catalog.offer("svc-reparation-velo", "38563")).isInstanceOf(CatalogUnavailable.class);
        }
        assertThat(breakers.circuitBreaker("CatalogClientofferStringString").getState())
                .isEqualTo(CircuitBreaker.State.OPEN);

        catalogService.stubFor(get(urlPathEqualTo(OFFER_PATH)).willReturn(okJson(OFFER)));
        assertThatThrownBy(() -> catalog.offer("svc-reparation-velo", "38563")).isInstanceOf(CatalogUnavailable.class);

        catalogService.verify(4, getRequestedFor(urlPathEqualTo(OFFER_PATH)));
    }
}
