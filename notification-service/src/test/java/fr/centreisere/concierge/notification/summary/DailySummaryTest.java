package fr.centreisere.concierge.notification.summary;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import fr.centreisere.concierge.notification.NotificationServiceTest;
import fr.centreisere.concierge.notification.ReceivedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The coordinators' morning summary, asking order-service and provider-service (WireMock servers
 * speaking docs/INTERNAL-API.md) through the real Feign clients, breakers and timeouts.
 */
@TestPropertySource(properties = "spring.cloud.openfeign.client.config.default.read-timeout=1000")
class DailySummaryTest extends NotificationServiceTest {

    static final String ORDERS = """
            {"unassignedOrders":[{"orderId":"ord-2026-000123","number":"CI-2026-000123","serviceName":"Repassage au kilo",
              "serviceNameEn":"Ironing by the kilo","date":"2026-12-04","reason":"ALL_DECLINED"}],
             "stuckMessages":[{"owner":"ord-2026-000124","destination":"provider-service","kind":"DISPATCH","attempts":5,
              "lastError":"HTTP 503","since":"2026-11-30T22:00:00Z","givenUp":false}]}""";
    static final String NOTHING = "{\"unassignedOrders\":[],\"stuckMessages\":[]}";

    @Autowired
    SendDailySummary summary;

    @BeforeEach
    void coordinators() throws Exception {
        account("usr-coord-fr", "coordination@example.test", "Coordination", "fr", "\"COORDINATOR\"", "");
        account("usr-coord-en", "coordinator@example.test", "Coordinator", "en", "\"COORDINATOR\"", "");
        account("usr-resident", "resident@example.test", "Résidente", "fr", "\"RESIDENT\"", "");
    }

    @Test
    void coordinatorsAreToldOfUnassignedOrdersAndFailingMessagesInTheirLanguage() throws Exception {
        orderService.stubFor(WireMock.get(urlPathEqualTo("/internal/attention")).willReturn(okJson(ORDERS)));
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/attention")).willReturn(okJson("""
                {"stuckMessages":[{"owner":"job-ord-2026-000125","destination":"order-service","kind":"ACCEPTED","attempts":3,
                  "lastError":"connect timed out","since":"2026-12-01T06:00:00Z"}]}""")));

        assertThat(summary.run()).isEqualTo(SendDailySummary.Outcome.SENT);
        deliver();

        assertThat(received()).extracting(ReceivedMail::address)
                .containsExactlyInAnyOrder("coordination@example.test", "coordinator@example.test");
        ReceivedMail french = received().stream().filter(mail -> mail.address().startsWith("coordination")).findFirst().orElseThrow();
        assertThat(french.subject()).isEqualTo("Point du jour : 1 commande(s) sans structure, 2 message(s) en échec");
        assertThat(french.text()).contains(
                "- CI-2026-000123 — Repassage au kilo — vendredi 4 décembre 2026 — les structures sollicitées ont toutes décliné",
                "- ord-2026-000124 → provider-service (DISPATCH) — 5 essais depuis le 30 novembre 2026 à 23:00 — HTTP 503",
                "- job-ord-2026-000125 → order-service (ACCEPTED)");
        ReceivedMail english = received().stream().filter(mail -> mail.address().startsWith("coordinator@")).findFirst().orElseThrow();
        assertThat(english.subject()).isEqualTo("Today's summary: 1 order(s) without a structure, 2 failing message(s)");
        orderService.verify(getRequestedFor(urlPathEqualTo("/internal/attention"))
                .withHeader("X-Internal-Token", equalTo(TOKEN)));
    }

    @Test
    void aServiceThatDoesNotAnswerIsNamedInsteadOfFailingTheSummary() throws Exception {
        orderService.stubFor(WireMock.get(urlPathEqualTo("/internal/attention")).willReturn(okJson(NOTHING)));
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/attention")).willReturn(serverError()));

        assertThat(summary.run()).isEqualTo(SendDailySummary.Outcome.SENT);
        deliver();

        assertThat(received()).hasSize(2);
        assertThat(received()).allSatisfy(mail -> assertThat(mail.text()).contains("provider-service"));
        ReceivedMail french = received().stream().filter(mail -> mail.address().startsWith("coordination")).findFirst().orElseThrow();
        assertThat(french.text()).contains("Services qui n'ont pas répondu", "Aucune commande sans structure.");
    }

    @Test
    void aSlowServiceIsNamedToo() throws Exception {
        orderService.stubFor(WireMock.get(urlPathEqualTo("/internal/attention"))
                .willReturn(aResponse().withFixedDelay(2500).withHeader("Content-Type", "application/json").withBody(NOTHING)));
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/attention")).willReturn(okJson(NOTHING)));

        assertThat(summary.run()).isEqualTo(SendDailySummary.Outcome.SENT);
        deliver();

        assertThat(received()).allSatisfy(mail -> assertThat(mail.text()).contains("order-service"));
    }

    @Test
    void nothingToReportSendsNothing() throws Exception {
        orderService.stubFor(WireMock.get(urlPathEqualTo("/internal/attention")).willReturn(okJson(NOTHING)));
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/attention")).willReturn(okJson("{\"stuckMessages\":[]}")));

        assertThat(summary.run()).isEqualTo(SendDailySummary.Outcome.NOTHING_TO_REPORT);
        deliver();

        assertThat(received()).isEmpty();
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), "notifications")).isZero();
    }

    @Test
    void oneSummaryADayWhateverRunsIt() throws Exception {
        orderService.stubFor(WireMock.get(urlPathEqualTo("/internal/attention")).willReturn(okJson(ORDERS)));
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/attention")).willReturn(okJson(NOTHING)));

        assertThat(summary.run()).isEqualTo(SendDailySummary.Outcome.SENT);
        assertThat(summary.run()).isEqualTo(SendDailySummary.Outcome.ALREADY_SENT);
        deliver();

        assertThat(received()).hasSize(2);
        clock.advance(java.time.Duration.ofDays(1));
        assertThat(summary.run()).isEqualTo(SendDailySummary.Outcome.SENT);
    }
}
