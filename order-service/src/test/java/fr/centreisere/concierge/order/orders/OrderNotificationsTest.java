package fr.centreisere.concierge.order.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.platform.outbox.OutboxRelay;
import fr.centreisere.concierge.testsupport.MutableClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * The customer's notification events (issue 13), end to end inside order-service: each written in the
 * order's notifications with the change that causes it, then posted to notification-service (a WireMock
 * server speaking the contract) by the platform outbox: once, with the right data, retried after a 503,
 * never again after a 202 or a 200, given up and reported after a 400 or 422; never held up by the
 * dispatch, never holding it up.
 */
@SpringBootTest(properties = {
        "concierge.orders.outbox.first-retry=2s",
        "concierge.orders.outbox.jitter=0",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=100" })
@AutoConfigureMockMvc
@EnableWireMock({
        @ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.clients.catalog-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url"),
        @ConfigureWireMock(name = "notification", baseUrlProperties = "concierge.clients.notification-url") })
class OrderNotificationsTest {

    static final String TOKEN = OrderJourneyTest.TOKEN;
    static final String EVENTS = "/internal/notifications/events";

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(OrderJourneyTest.START, Slot.TERRITORY_ZONE);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    @Qualifier("orderNotifications")
    OutboxRelay notifications;

    @Autowired
    @Qualifier("orderOutbox")
    OutboxRelay dispatches;

    @InjectWireMock("catalog")
    WireMockServer catalogService;

    @InjectWireMock("provider")
    WireMockServer providerService;

    @InjectWireMock("notification")
    WireMockServer notificationService;

    @BeforeEach
    void freshWorld() {
        clock.set(OrderJourneyTest.START);
        mongo.remove(new Query(), "orders");
        mongo.remove(new Query(), "orderNumberCounters");
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        for (WireMockServer server : List.of(catalogService, providerService, notificationService)) {
            server.resetAll();
        }
        catalogService.stubFor(WireMock.get(urlPathEqualTo("/internal/services/svc-reparation-velo/offer"))
                .willReturn(okJson(OrderJourneyTest.OFFER)));
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));
        providerService.stubFor(WireMock.post(urlPathMatching("/internal/dispatches/.*/cancel")).willReturn(ok()));
        notificationService.stubFor(WireMock.post(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(202)));
    }

    @Test
    void anOrderReceivedIsToldOnceToItsCustomerWithWhatItCosts() throws Exception {
        String id = place();

        assertThat(notifications.deliverDue()).isEqualTo(1);
        assertThat(notifications.deliverDue()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(notifications.deliverDue()).isZero();

        notificationService.verify(1, postRequestedFor(urlPathEqualTo(EVENTS))
                .withHeader("X-Internal-Token", equalTo(TOKEN))
                .withRequestBody(equalToJson("""
                        {"eventId":"%s:n:1","kind":"ORDER_RECEIVED","occurredAt":"2026-12-02T09:00:00Z",
                         "to":{"userIds":["usr-demo-resident"]},"link":"/#/commandes/%s",
                         "data":{"orderId":"%s","orderNumber":"${json-unit.any-string}","serviceName":"Réparation de vélo",
                                 "serviceNameEn":"Bike repair","date":"2026-12-04","from":"14:00","to":"16:00",
                                 "quantity":2,"totalCents":6000,"employerCents":0}}
                        """.formatted(id, id, id))));
    }

    @Test
    void theJobsProgressIsToldInOrderEachOnceAndA503IsRetriedUntilTaken() throws Exception {
        String id = place();
        notifications.deliverDue();
        notificationService.stubFor(WireMock.post(urlPathEqualTo(EVENTS)).willReturn(serviceUnavailable()));

        jobEvent(id, """
                {"eventId":"job-1:2","type":"ACCEPTED","jobId":"job-1","memberId":"mbr-atelier-velo-voironnais",
                 "memberName":"Atelier Vélo Voironnais","occurredAt":"2026-12-02T09:10:00Z"}""");
        jobEvent(id, """
                {"eventId":"job-1:3","type":"IN_PROGRESS","jobId":"job-1","memberId":"mbr-atelier-velo-voironnais",
                 "memberName":"Atelier Vélo Voironnais","occurredAt":"2026-12-04T13:00:00Z"}""");
        // the same event again (provider-service resending): no second notification
        jobEvent(id, """
                {"eventId":"job-1:3","type":"IN_PROGRESS","jobId":"job-1","memberId":"mbr-atelier-velo-voironnais",
                 "occurredAt":"2026-12-04T13:00:00Z"}""");
        jobEvent(id, """
                {"eventId":"job-1:4","type":"DONE","jobId":"job-1","memberId":"mbr-atelier-velo-voironnais",
                 "memberName":"Atelier Vélo Voironnais","occurredAt":"2026-12-04T15:00:00Z",
                 "hoursWorked":2.5,"insertionHours":1.5}""");

        assertThat(notifications.deliverDue()).isZero();
        // only the first of the three was tried: the next ones wait for it
        notificationService.verify(1, postRequestedFor(urlPathEqualTo(EVENTS))
                .withRequestBody(matchingJsonPath("$.eventId", equalTo(id + ":n:2"))));
        notificationService.verify(2, postRequestedFor(urlPathEqualTo(EVENTS)));

        notificationService.stubFor(WireMock.post(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(202)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(notifications.deliverDue()).as("not before its backoff").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(notifications.deliverDue()).isEqualTo(3);
        clock.advance(Duration.ofMinutes(10));
        assertThat(notifications.deliverDue()).isZero();

        List<LocalEvent> sent = events();
        assertThat(sent).extracting(LocalEvent::eventId)
                .containsExactly(id + ":n:1", id + ":n:2", id + ":n:2", id + ":n:3", id + ":n:4");
        assertThat(sent).extracting(LocalEvent::kind).containsExactly("ORDER_RECEIVED", "ORDER_ACCEPTED",
                "ORDER_ACCEPTED", "ORDER_STARTED", "ORDER_COMPLETED");
        String accepted = sent.get(2).body();
        assertThat(JsonPath.<String>read(accepted, "$.data.memberName")).isEqualTo("Atelier Vélo Voironnais");
        assertThat(JsonPath.<String>read(accepted, "$.data.date")).isEqualTo("2026-12-04");
        String completed = sent.get(4).body();
        assertThat(JsonPath.<Double>read(completed, "$.data.hoursWorked")).isEqualTo(2.5);
        assertThat(JsonPath.<Double>read(completed, "$.data.insertionHours")).isEqualTo(1.5);
    }

    @Test
    void aKnownEventAnswered200IsNotSentAgain() throws Exception {
        notificationService.stubFor(WireMock.post(urlPathEqualTo(EVENTS)).willReturn(ok()));
        place();

        assertThat(notifications.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        assertThat(notifications.deliverDue()).isZero();

        notificationService.verify(1, postRequestedFor(urlPathEqualTo(EVENTS)));
    }

    @Test
    void anUnassignedOrderTellsTheNextDaysWithRoom() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"DAY_FULL"}""")));
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/availability")).willReturn(okJson("""
                {"serviceId":"svc-reparation-velo","communeInsee":"38563","days":[
                 {"date":"2026-12-04","freePlaces":1},{"date":"2026-12-05","freePlaces":0},
                 {"date":"2026-12-06","freePlaces":2},{"date":"2026-12-08","freePlaces":1}]}""")));
        String id = place();

        assertThat(notifications.deliverDue()).isEqualTo(2);

        List<LocalEvent> sent = events();
        assertThat(sent).extracting(LocalEvent::kind).containsExactly("ORDER_RECEIVED", "ORDER_UNASSIGNED");
        String unassigned = sent.get(1).body();
        assertThat(JsonPath.<String>read(unassigned, "$.eventId")).isEqualTo(id + ":n:2");
        assertThat(JsonPath.<String>read(unassigned, "$.data.reason")).isEqualTo("DAY_FULL");
        assertThat(JsonPath.<List<String>>read(unassigned, "$.data.nextAvailableDates"))
                .containsExactly("2026-12-06", "2026-12-08");
        assertThat(JsonPath.<String>read(unassigned, "$.link")).isEqualTo("/#/commandes/" + id);
    }

    @Test
    void aCancellationSaysWhoCancelledAndWhy() throws Exception {
        String id = place();
        mvc.perform(post("/api/orders/" + id + "/cancel").with(OrderJourneyTest.resident())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Plus besoin\"}"))
                .andExpect(status().isOk());

        assertThat(notifications.deliverDue()).isEqualTo(2);

        String cancelled = events().get(1).body();
        assertThat(JsonPath.<String>read(cancelled, "$.kind")).isEqualTo("ORDER_CANCELLED");
        assertThat(JsonPath.<String>read(cancelled, "$.data.by")).isEqualTo("CUSTOMER");
        assertThat(JsonPath.<String>read(cancelled, "$.data.note")).isEqualTo("Plus besoin");
    }

    @Test
    void anEventRefusedAsInvalidIsGivenUpReportedAndNeverResent() throws Exception {
        notificationService.stubFor(WireMock.post(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":400}")));
        String id = place();

        assertThat(notifications.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(notifications.deliverDue()).isZero();

        notificationService.verify(1, postRequestedFor(urlPathEqualTo(EVENTS)));
        mvc.perform(get("/internal/attention").header("X-Internal-Token", TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stuckMessages.length()").value(1))
                .andExpect(jsonPath("$.stuckMessages[0].owner").value(id))
                .andExpect(jsonPath("$.stuckMessages[0].destination").value("notification-service"))
                .andExpect(jsonPath("$.stuckMessages[0].kind").value("ORDER_RECEIVED"))
                .andExpect(jsonPath("$.stuckMessages[0].attempts").value(1))
                .andExpect(jsonPath("$.stuckMessages[0].lastError").value(org.hamcrest.Matchers.startsWith("HTTP 400")))
                .andExpect(jsonPath("$.stuckMessages[0].since").value("2026-12-02T09:00:00Z"))
                .andExpect(jsonPath("$.stuckMessages[0].givenUp").value(true));
        mvc.perform(get("/api/orders?stuck=true").with(OrderJourneyTest.coordinator()))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].delivery.kind").value("ORDER_RECEIVED"));
    }

    @Test
    void notificationsAndTheDispatchDoNotWaitForEachOther() throws Exception {
        // notification-service down: the dispatch still leaves at once
        notificationService.stubFor(WireMock.post(urlPathEqualTo(EVENTS)).willReturn(serviceUnavailable()));
        String first = place();
        mvc.perform(get("/api/orders/" + first).with(OrderJourneyTest.resident()))
                .andExpect(jsonPath("$.state").value("DISPATCHING"));
        notifications.deliverDue();

        // provider-service down: the notification still leaves
        notificationService.stubFor(WireMock.post(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(202)));
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(serviceUnavailable()));
        String second = place("key-2");
        clock.advance(Duration.ofSeconds(2));
        assertThat(dispatches.deliverDue()).isZero();
        assertThat(notifications.deliverDue()).isEqualTo(2);

        assertThat(events()).extracting(LocalEvent::eventId).containsExactly(first + ":n:1", first + ":n:1",
                second + ":n:1");
        mvc.perform(get("/api/orders/" + second).with(OrderJourneyTest.resident()))
                .andExpect(jsonPath("$.state").value("PLACED"))
                .andExpect(jsonPath("$.dispatchPending").value(true));
    }

    @Test
    void coordinatorsAttentionListsTheUnassignedOrdersAndTheStuckMessages() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"NOT_COVERED"}""")));
        String unassigned = place();
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(serviceUnavailable()));
        String stuck = place("key-2");
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(5));
            dispatches.deliverDue();
        }

        mvc.perform(get("/internal/attention").header("X-Internal-Token", TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unassignedOrders.length()").value(1))
                .andExpect(jsonPath("$.unassignedOrders[0].orderId").value(unassigned))
                .andExpect(jsonPath("$.unassignedOrders[0].number").isNotEmpty())
                .andExpect(jsonPath("$.unassignedOrders[0].serviceName").value("Réparation de vélo"))
                .andExpect(jsonPath("$.unassignedOrders[0].date").value("2026-12-04"))
                .andExpect(jsonPath("$.unassignedOrders[0].reason").value("NOT_COVERED"))
                .andExpect(jsonPath("$.stuckMessages.length()").value(1))
                .andExpect(jsonPath("$.stuckMessages[0].owner").value(stuck))
                .andExpect(jsonPath("$.stuckMessages[0].destination").value("provider-service"))
                .andExpect(jsonPath("$.stuckMessages[0].kind").value("DISPATCH"))
                .andExpect(jsonPath("$.stuckMessages[0].attempts").value(4))
                .andExpect(jsonPath("$.stuckMessages[0].givenUp").value(false));
        mvc.perform(get("/internal/attention")).andExpect(status().isUnauthorized());
    }

    // --- helpers ---------------------------------------------------------------------------------

    record LocalEvent(String eventId, String kind, String body) {
        static LocalEvent of(LoggedRequest request) {
            String body = request.getBodyAsString();
            return new LocalEvent(JsonPath.read(body, "$.eventId"), JsonPath.read(body, "$.kind"), body);
        }
    }

    /** What notification-service received, oldest first. */
    private List<LocalEvent> events() {
        return notificationService.findAll(postRequestedFor(urlPathEqualTo(EVENTS))).stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).map(LocalEvent::of).toList();
    }

    private String place() throws Exception {
        return place("key-1");
    }

    private String place(String key) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/orders").with(OrderJourneyTest.resident())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(OrderJourneyTest.BODY);
        return JsonPath.read(mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
    }

    private void jobEvent(String orderId, String body) throws Exception {
        mvc.perform(post("/internal/orders/" + orderId + "/job-events").header("X-Internal-Token", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNoContent());
    }
}
