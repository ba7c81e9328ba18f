package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17: an order's and a job's histories are said in the reader's language, through the gateway. A resident
 * orders a bike repair in Voiron; the only workshop that repairs bikes there declines it, in its own words; the
 * order ends {@code UNASSIGNED} (everyone asked declined), then a coordinator cancels it without a reason. Read
 * with {@code Accept-Language: en} every reason order-service and provider-service say is English only, with
 * {@code fr} French only, with the same codes; the workshop's words are shown as typed in both.
 */
@SystemTest
class HistoryLanguageSystemTest {

    static final String SERVICE = "svc-reparation-velo";
    static final String VOIRON = "38563";
    static final String WORKSHOP = "mbr-atelier-velo-voironnais";
    static final String WORDS = "Atelier fermé ce jour-là";

    private final Http http;

    HistoryLanguageSystemTest(Http http) {
        this.http = http;
    }

    @Test
    void anUnassignedThenCancelledOrdersHistoryIsReadInEnglishAndInFrenchEachInOneLanguage() {
        Map<String, String> resident = SignIn.as(http, "resident@demo.test");
        Map<String, String> coordinator = SignIn.as(http, "coordinator@demo.test");
        Map<String, String> staff = SignIn.as(http, "member-staff@demo.test");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(http.get("/api/catalog/services/" + SERVICE + "?commune=" + VOIRON).json()
                        .path("availableInCommune").asBoolean()).isTrue());

        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(8);
        String body = """
                {"serviceId":"%s","quantity":1,"communeInsee":"%s",
                 "address":{"line1":"3 place du Marché","postalCode":"38500"},
                 "slot":{"date":"%s","from":"14:00","to":"16:00"},"billing":"PERSONAL"}""".formatted(SERVICE, VOIRON, day);
        Map<String, String> placing = new HashMap<>(resident);
        placing.put("Idempotency-Key", UUID.randomUUID().toString());
        List<Http.Reply> attempts = new ArrayList<>();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Http.Reply reply = http.post("/api/orders", body, placing);
            attempts.add(reply);
            return reply.status() == 201;
        });
        String orderId = attempts.get(attempts.size() - 1).json().path("id").asString();
        String jobId = "job-" + orderId;
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get("/api/jobs/" + jobId, coordinator), reply -> reply.status() == 200
                        && WORKSHOP.equals(reply.json().path("memberId").asString())
                        && "OFFERED".equals(reply.json().path("state").asString()));

        // the only workshop that repairs bikes in Voiron declines, in its words: nobody else is asked
        Http.Reply declined = http.post("/api/jobs/" + jobId + "/decline", Map.of("reason", WORDS), staff);
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(order(orderId, resident, "fr").path("unassignedReason").asString()).isEqualTo("ALL_DECLINED"));
        Http.Reply cancelled = http.post("/api/orders/" + orderId + "/cancel", null, coordinator);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        JsonNode english = order(orderId, resident, "en");
        JsonNode french = order(orderId, resident, "fr");
        assertThat(states(english)).containsExactly("PLACED", "DISPATCHING", "UNASSIGNED", "CANCELLED");
        assertThat(reasons(english)).containsExactly("Order placed", "Offered to " + WORKSHOP,
                "Every member asked declined", "Cancelled");
        assertThat(reasons(french)).containsExactly("Commande passée", "Proposée à " + WORKSHOP,
                "Toutes les structures membres sollicitées ont décliné", "Annulée");
        assertThat(codes(english)).isEqualTo(codes(french)).containsExactly("order.history.placed",
                "order.history.offered", "order.unassigned.all-declined", "order.history.cancelled");
        reasons(english).forEach(HistoryLanguageSystemTest::assertEnglishOnly);
        reasons(french).forEach(HistoryLanguageSystemTest::assertOneLanguage);
        // without Accept-Language: French
        assertThat(reasons(order(orderId, resident, null))).isEqualTo(reasons(french));

        // the job's history: provider-service's rule in the reader's language, the workshop's words as typed
        JsonNode dispatchEn = dispatch(jobId, coordinator, "en");
        JsonNode dispatchFr = dispatch(jobId, coordinator, "fr");
        assertThat(dispatchEn.path("rule").asString()).isEqualTo("Largest shortfall, then least recently offered, then lowest id");
        assertThat(dispatchFr.path("rule").asString())
                .isEqualTo("Plus grand écart à la part due, puis offert le moins récemment, puis plus petit identifiant");
        assertEnglishOnly(dispatchEn.path("rule").asString());
        assertThat(dispatchEn.path("offers").get(0).path("outcome").asString()).isEqualTo("DECLINED");
        assertThat(dispatchEn.path("offers").get(0).path("reason").asString()).isEqualTo(WORDS);
        assertThat(dispatchFr.path("offers").get(0).path("reason").asString()).isEqualTo(WORDS);
    }

    private JsonNode order(String orderId, Map<String, String> who, String language) {
        Map<String, String> headers = new HashMap<>(who);
        if (language != null) {
            headers.put("Accept-Language", language);
        }
        Http.Reply reply = http.get("/api/orders/" + orderId, headers);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode dispatch(String jobId, Map<String, String> who, String language) {
        Map<String, String> headers = new HashMap<>(who);
        headers.put("Accept-Language", language);
        Http.Reply reply = http.get("/api/jobs/" + jobId + "/dispatch", headers);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> states(JsonNode order) {
        List<String> states = new ArrayList<>();
        order.path("history").forEach(entry -> states.add(entry.path("state").asString()));
        return states;
    }

    private static List<String> reasons(JsonNode order) {
        List<String> reasons = new ArrayList<>();
        order.path("history").forEach(entry -> reasons.add(entry.path("reason").asString()));
        return reasons;
    }

    private static List<String> codes(JsonNode order) {
        List<String> codes = new ArrayList<>();
        order.path("history").forEach(entry -> codes.add(entry.path("reasonCode").asString()));
        return codes;
    }

    /** One language: no « français / English » pair. */
    private static void assertOneLanguage(String text) {
        assertThat(text).as("one language").doesNotContain(" / ");
    }

    /** English: one language, and none of French's marks (member ids and commune names aside, none here). */
    private static void assertEnglishOnly(String text) {
        assertOneLanguage(text);
        assertThat(text).as("English only").doesNotContainPattern("[«»éèêàâçùûôîœÉÈÀÇ’]");
    }
}
