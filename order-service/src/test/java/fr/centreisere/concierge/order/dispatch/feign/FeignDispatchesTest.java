package fr.centreisere.concierge.order.dispatch.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.order.dispatch.DispatchOutcome;
import fr.centreisere.concierge.order.dispatch.DispatchRefused;
import fr.centreisere.concierge.order.dispatch.DispatchRequest;
import fr.centreisere.concierge.order.dispatch.DispatchUnavailable;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/** The dispatch client against a WireMock provider-service: the contract of docs/INTERNAL-API.md and every failure. */
@SpringBootTest(properties = {
        "spring.cloud.openfeign.client.config.default.read-timeout=2500",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1h" })
@EnableWireMock({
        @ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.clients.catalog-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url") })
class FeignDispatchesTest {

    static final DispatchRequest REQUEST = new DispatchRequest("ord-1", "CI-2026-000001", "svc-reparation-velo", "Réparation de vélo",
            "SMALL_REPAIRS", "38563", LocalDate.of(2026, 12, 4), LocalTime.of(14, 0), LocalTime.of(16, 0), 2, 5000, 400);

    @InjectWireMock("provider")
    WireMockServer providerService;

    @Autowired
    FeignDispatches dispatches;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void closeTheBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        providerService.resetAll();
        warmUp(providerService);
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
    void sendsTheDispatchAsTheContractSaysAndReadsTheJobsState() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"orderId":"ord-1","jobId":"job-7","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));

        DispatchOutcome outcome = dispatches.dispatch(REQUEST);

        assertThat(outcome).isEqualTo(new DispatchOutcome("job-7", "OFFERED", "mbr-atelier-velo-voironnais", null));
        providerService.verify(postRequestedFor(urlPathEqualTo("/internal/dispatches"))
                .withHeader("X-Internal-Token", equalTo("test-internal-token-for-every-test"))
                .withRequestBody(equalToJson("""
                        {"orderId":"ord-1","orderNumber":"CI-2026-000001","serviceId":"svc-reparation-velo","serviceName":"Réparation de vélo",
                         "category":"SMALL_REPAIRS","communeInsee":"38563",
                         "slot":{"date":"2026-12-04","from":"14:00","to":"16:00"},"quantity":2,
                         "subtotalCents":5000,"commissionCents":400}""")));
    }

    @Test
    void noEligibleMemberIsAnAnswerToo() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"orderId":"ord-1","jobId":"job-ord-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"DAY_FULL"}""")));

        assertThat(dispatches.dispatch(REQUEST)).isEqualTo(new DispatchOutcome("job-ord-1", "UNASSIGNED", null, "DAY_FULL"));
    }

    @Test
    void aDispatchRefusedAsInvalidIsRefusedForGoodWithTheProblemsCodeAndFieldsNeverItsText() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://concierge.centre-isere.fr/problems/validation","title":"Données invalides",
                         "status":400,"detail":"La requête contient des champs invalides.","code":"request.invalid",
                         "errors":[{"field":"slot.from","message":"HH:mm","code":"validation.quarter-hours"}]}""")));

        assertThatThrownBy(() -> dispatches.dispatch(REQUEST)).isInstanceOfSatisfying(DispatchRefused.class, refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.reason()).isEqualTo(Message.of("order.provider.refused.invalid", "slot.from"));
        });

        // one of the codes both services share, with its arguments: kept as it is
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":422,"detail":"membre inconnu : mbr-x","code":"member.not-found","args":["mbr-x"]}""")));
        assertThatThrownBy(() -> dispatches.dispatch(REQUEST)).isInstanceOfSatisfying(DispatchRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Message.of("member.not-found", "mbr-x")));

        // a code order-service cannot say (or one without its arguments): its status, never its detail
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":422,\"detail\":\"Service inconnu / Unknown service\",\"code\":\"member.service-unknown-to-catalog\"}")));
        assertThatThrownBy(() -> dispatches.dispatch(REQUEST)).isInstanceOfSatisfying(DispatchRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Message.of("order.provider.refused", 422)));

        // not a problem document: its status says it
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches")).willReturn(aResponse().withStatus(400)
                .withBody("<html>bad</html>")));
        assertThatThrownBy(() -> dispatches.dispatch(REQUEST)).isInstanceOfSatisfying(DispatchRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Message.of("order.provider.refused", 400)));
    }

    @Test
    void otherClientErrorsOfADispatchAreRetriedNotRefused() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches")).willReturn(aResponse().withStatus(409)));
        assertThatThrownBy(() -> dispatches.dispatch(REQUEST)).isInstanceOf(DispatchUnavailable.class);
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches")).willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> dispatches.dispatch(REQUEST)).isInstanceOf(DispatchUnavailable.class);
    }

    @Test
    void notFoundServerErrorAndTimeoutAreUnavailable() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches")).willReturn(notFound()));
        assertThatThrownBy(() -> dispatches.dispatch(REQUEST)).isInstanceOf(DispatchUnavailable.class);

        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches")).willReturn(serverError()));
        assertThatThrownBy(() -> dispatches.dispatch(REQUEST)).isInstanceOf(DispatchUnavailable.class);

        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches"))
                .willReturn(okJson("{\"state\":\"OFFERED\"}").withFixedDelay(6_000)));
        assertThatThrownBy(() -> dispatches.dispatch(REQUEST)).isInstanceOf(DispatchUnavailable.class);
    }

    @Test
    void anOpenBreakerSparesProviderService() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches")).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> dispatches.dispatch(REQUEST)).isInstanceOf(DispatchUnavailable.class);
        }
        assertThat(breakers.circuitBreaker("ProviderClientdispatchDispatchBody").getState())
                .isEqualTo(CircuitBreaker.State.OPEN);

        assertThatThrownBy(() -> dispatches.dispatch(REQUEST)).isInstanceOf(DispatchUnavailable.class);
        providerService.verify(4, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
    }

    @Test
    void cancelsAndReassignsAndAnOrderProviderServiceNeverHeardOfCountsAsCancelled() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-1/cancel")).willReturn(ok()));
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-2/cancel")).willReturn(notFound()));
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-1/reassign")).willReturn(ok()));

        dispatches.cancel("ord-1", "plus besoin", "CUSTOMER");
        dispatches.cancel("ord-2", "plus besoin", "COORDINATOR");
        dispatches.reassign("ord-1", "mbr-atelier-velo-voironnais", "usr-demo-coordinator", null);

        providerService.verify(postRequestedFor(urlPathEqualTo("/internal/dispatches/ord-1/cancel"))
                .withRequestBody(equalToJson("{\"reason\":\"plus besoin\",\"by\":\"CUSTOMER\"}")));
        providerService.verify(postRequestedFor(urlPathEqualTo("/internal/dispatches/ord-1/reassign"))
                .withHeader("X-Internal-Token", equalTo("test-internal-token-for-every-test"))
                .withRequestBody(equalToJson("""
                        {"memberId":"mbr-atelier-velo-voironnais","decidedBy":"usr-demo-coordinator",
                         "override":false,"reason":null}""")));
    }

    @Test
    void anOverrideIsSentWithItsReason() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-1/reassign")).willReturn(ok()));

        dispatches.reassign("ord-1", "mbr-x", "usr-demo-coordinator", "seul atelier ouvert ce jour");

        providerService.verify(postRequestedFor(urlPathEqualTo("/internal/dispatches/ord-1/reassign"))
                .withRequestBody(equalToJson("""
                        {"memberId":"mbr-x","decidedBy":"usr-demo-coordinator","override":true,
                         "reason":"seul atelier ouvert ce jour"}""")));
    }

    @Test
    void aRescheduleSendsTheNewSlotAndReadsTheAnswerLikeADispatch() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-1/reschedule")).willReturn(okJson("""
                {"orderId":"ord-1","jobId":"job-ord-1","state":"OFFERED","memberId":"mbr-x","unassignedReason":null}""")));

        DispatchOutcome outcome = dispatches.reschedule("ord-1", LocalDate.of(2026, 12, 7), LocalTime.of(9, 15),
                LocalTime.of(10, 45));

        assertThat(outcome).isEqualTo(new DispatchOutcome("job-ord-1", "OFFERED", "mbr-x", null));
        providerService.verify(postRequestedFor(urlPathEqualTo("/internal/dispatches/ord-1/reschedule"))
                .withHeader("X-Internal-Token", equalTo("test-internal-token-for-every-test"))
                .withRequestBody(equalToJson("{\"slot\":{\"date\":\"2026-12-07\",\"from\":\"09:15\",\"to\":\"10:45\"}}")));
    }

    @Test
    void aRescheduleRefusedIsRefusedAndAnOutageIsUnavailable() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-1/reschedule")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"detail":"impossible de déplacer : le travail job-ord-1 est OFFERED",
                         "code":"job.cannot.reschedule","args":["job-ord-1","OFFERED"]}""")));
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-2/reschedule")).willReturn(notFound()));
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-3/reschedule")).willReturn(serverError()));
        LocalDate day = LocalDate.of(2026, 12, 7);

        assertThatThrownBy(() -> dispatches.reschedule("ord-1", day, LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .isInstanceOfSatisfying(DispatchRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(
                                Message.of("job.cannot.reschedule", "job-ord-1", "OFFERED")));
        assertThatThrownBy(() -> dispatches.reschedule("ord-2", day, LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .isInstanceOf(DispatchRefused.class);
        assertThatThrownBy(() -> dispatches.reschedule("ord-3", day, LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .isInstanceOf(DispatchUnavailable.class);
    }

    @Test
    void aCancelThatFailsIsUnavailable() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-1/cancel")).willReturn(serverError()));

        assertThatThrownBy(() -> dispatches.cancel("ord-1", "x", "CUSTOMER")).isInstanceOf(DispatchUnavailable.class);
    }

    @Test
    void refusalsAreToldApartFromOutages() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-3/reassign")).willReturn(notFound()));
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-4/reassign"))
                .willReturn(aResponse().withStatus(422).withBody("{\"detail\":\"suspended\"}")));
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-5/cancel")).willReturn(aResponse().withStatus(409)));
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-6/reassign")).willReturn(serverError()));

        assertThatThrownBy(() -> dispatches.reassign("ord-3", "mbr-x", "usr-c", null)).isInstanceOf(DispatchRefused.class);
        assertThatThrownBy(() -> dispatches.reassign("ord-4", "mbr-x", "usr-c", null)).isInstanceOf(DispatchRefused.class)
                .hasMessageContaining("422");
        assertThatThrownBy(() -> dispatches.cancel("ord-5", "x", "CUSTOMER")).isInstanceOf(DispatchRefused.class);
        assertThatThrownBy(() -> dispatches.reassign("ord-6", "mbr-x", "usr-c", null)).isInstanceOf(DispatchUnavailable.class);
    }

    @Test
    void refusalsDoNotOpenTheBreaker() {
        providerService.stubFor(post(urlPathEqualTo("/internal/dispatches/ord-5/cancel")).willReturn(aResponse().withStatus(409)));
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> dispatches.cancel("ord-5", "x", "CUSTOMER")).isInstanceOf(DispatchRefused.class);
        }
        assertThat(breakers.circuitBreaker("ProviderClientcancelStringCancelBody").getState())
                .isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
