package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The main flow of docs/ARCHITECTURE.md through the gateway, with every service real: a resident orders a
 * bike repair in Voiron; order-service prices it from catalog-service and has provider-service dispatch
 * it; the member's staff accepts, starts and completes the job; the order ends {@code COMPLETED} and its
 * history tells the story. People sign in through the gateway with the demo accounts.
 */
@SystemTest
class OrderFlowSystemTest {

    static final String SERVICE = "svc-reparation-velo";
    static final String VOIRON = "38563";

    private final Http http;

    OrderFlowSystemTest(Http http) {
        this.http = http;
    }

    @Test
    void anOrderIsDispatchedAcceptedStartedAndCompletedAndItsHistoryTellsTheStory() {
        Map<String, String> resident = SignIn.as(http, "resident@demo.test");
        Map<String, String> coordinator = SignIn.as(http, "coordinator@demo.test");
        // the catalog has learnt from provider-service that a member repairs bikes in Voiron
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(http.get("/api/catalog/services/" + SERVICE + "?commune=" + VOIRON).json()
                        .path("availableInCommune").asBoolean()).isTrue());

        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(5);
        String body = """
                {"serviceId":"%s","quantity":1,"communeInsee":"%s",
                 "address":{"line1":"12 rue Mainssieux","postalCode":"38500"},
                 "slot":{"date":"%s","from":"10:00","to":"12:00"},"notes":"Dérailleur à régler","billing":"PERSONAL"}"""
                .formatted(SERVICE, VOIRON, day);
        Map<String, String> placing = new java.util.HashMap<>(resident);
        placing.put("Idempotency-Key", UUID.randomUUID().toString());
        // right after start, Eureka may not list catalog-service to order-service yet: 503, then it answers
        List<Http.Reply> attempts = new ArrayList<>();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Http.Reply reply = http.post("/api/orders", body, placing);
            attempts.add(reply);
            return reply.status() == 201;
        });
        JsonNode placed = attempts.get(attempts.size() - 1).json();
        String orderId = placed.path("id").asString();
        assertThat(placed.path("number").asString()).matches("CI-\\d{4}-\\d{6}");
        assertThat(placed.path("price").path("totalCents").asLong()).isPositive();
        // the same request again: the same order
        Http.Reply again = http.post("/api/orders", body, placing);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(orderId);

        // provider-service offered the job to a member
        String jobId = "job-" + orderId;
        JsonNode job = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get("/api/jobs/" + jobId, coordinator), reply -> reply.status() == 200
                        && "OFFERED".equals(reply.json().path("state").asString())).json();
        String memberId = job.path("memberId").asString();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(order(orderId, resident).path("state").asString()).isEqualTo("DISPATCHING"));

        // the member's staff accepts, starts and completes the job
        Map<String, String> staff = SignIn.as(http, "member-staff@demo.test");
        assertThat(http.post("/api/jobs/" + jobId + "/accept", null, staff).status()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(order(orderId, staff).path("state").asString()).isEqualTo("ASSIGNED"));
        assertThat(http.post("/api/jobs/" + jobId + "/start", null, staff).status()).isEqualTo(200);
        assertThat(http.post("/api/jobs/" + jobId + "/complete",
                "{\"hoursWorked\":1.5,\"insertionHours\":1.5,\"note\":\"Dérailleur réglé\"}", staff).status()).isEqualTo(200);

        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(order(orderId, resident).path("state").asString()).isEqualTo("COMPLETED"));
        JsonNode completed = order(orderId, resident);
        List<String> states = new ArrayList<>();
        completed.path("history").forEach(entry -> states.add(entry.path("state").asString()));
        assertThat(states).containsExactly("PLACED", "DISPATCHING", "ASSIGNED", "IN_PROGRESS", "COMPLETED");
        assertThat(completed.path("memberId").asString()).isEqualTo(memberId);
        assertThat(completed.path("history").get(0).path("by").asString()).isEqualTo("usr-demo-resident");
        assertThat(completed.path("history").get(2).path("by").asString()).isEqualTo("member:" + memberId);
        // another resident does not see it
        assertThat(http.get("/api/orders/" + orderId,
                SignIn.newResident(http)).status()).isEqualTo(404);
    }

    private JsonNode order(String orderId, Map<String, String> who) {
        Http.Reply reply = http.get("/api/orders/" + orderId, who);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }
}
