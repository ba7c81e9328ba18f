package fr.centreisere.concierge.order.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.testsupport.MutableClock;
import fr.centreisere.concierge.testsupport.RecordedCommands;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * Placing an order is proportionate (issue 15): provider-service's dispatch answer carries the outcome
 * (the job, the offered member, or why nobody), which the placing request applies itself — no callback
 * from provider-service is needed — and the order is written once when placed and once with that
 * outcome, never read back. Every command order-service sends to the store on {@code orders} is counted
 * (a command listener on the real driver); provider-service and the catalog are WireMock servers.
 */
@SpringBootTest(properties = {
        "concierge.orders.outbox.first-retry=2s",
        "concierge.orders.outbox.jitter=0",
        "concierge.orders.outbox.lease=30s",
        "concierge.orders.outbox.enabled=false",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=100" })
@AutoConfigureMockMvc
@EnableWireMock({
        @ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.clients.catalog-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url") })
class PlacingWritesTest {

    static final String MEMBER = OrderFixtures.MEMBER;
    static final String TOKEN = "test-internal-token-for-every-test";

    /** Every command the store received: those on {@code orders} are asserted by name (insert, update, find…). */
    static final RecordedCommands COMMANDS = new RecordedCommands();

    @TestConfiguration(proxyBeanMethods = false)
    static class CountedStore {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(OrderFixtures.NOW, Slot.TERRITORY_ZONE);
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countOrderCommands() {
            return settings -> settings.addCommandListener(COMMANDS);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    @Qualifier("orderOutbox")
    fr.centreisere.concierge.platform.outbox.OutboxRelay relay;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    DispatchAtOnce dispatchAtOnce;

    @Autowired
    Orders orders;

    @InjectWireMock("catalog")
    WireMockServer catalogService;

    @InjectWireMock("provider")
    WireMockServer providerService;

    @BeforeEach
    void freshWorld() {
        clock.set(OrderFixtures.NOW);
        mongo.remove(new Query(), "orders");
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        catalogService.resetAll();
        providerService.resetAll();
        catalogService.stubFor(WireMock.get(urlPathEqualTo("/internal/services/svc-reparation-velo/offer"))
                .willReturn(okJson(OrderJourneyTest.OFFER)));
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"orderId":"x","jobId":"job-77","state":"OFFERED","memberId":"%s"}""".formatted(MEMBER))));
        COMMANDS.clear();
    }

    @Test
    void theDispatchAnswerOffersTheOrderWithoutACallbackInOneInsertAndOneUpdate() throws Exception {
        String body = mvc.perform(place("key-1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DISPATCHING"))
                .andExpect(jsonPath("$.jobId").value("job-77"))
                .andExpect(jsonPath("$.dispatchPending").value(false))
                .andExpect(jsonPath("$.history[*].state").value(org.hamcrest.Matchers.contains("PLACED", "DISPATCHING")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        // the idempotency check, the insert, the answer's update: nothing read back, no claim of its own
        assertThat(COMMANDS.namesOn("orders")).containsExactly("find", "insert", "update");
        Document stored = mongo.getCollection("orders").find(new Document("_id", id)).first();
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(1L);
        assertThat(stored.getString("state")).isEqualTo("DISPATCHING");
        assertThat(stored.getString("offeredTo")).isEqualTo(MEMBER);
        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
        // and nothing left for the relay: the dispatch's due entry (should the request die) went with the answer's write
        assertThat(dispatchDue(id)).isZero();
        clock.advance(Duration.ofMinutes(5));
        assertThat(relay.deliverDue()).isZero();
    }

    @Test
    void anUnassignedAnswerIsAppliedInTheSameSecondWrite() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"orderId":"x","jobId":"job-77","state":"UNASSIGNED","memberId":null,"unassignedReason":"NOT_COVERED"}""")));

        mvc.perform(place("key-1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("UNASSIGNED"))
                .andExpect(jsonPath("$.unassignedReason").value("NOT_COVERED"));

        assertThat(COMMANDS.namesOn("orders").stream().filter(c -> !c.equals("find")).toList()).containsExactly("insert", "update");
    }

    @Test
    void theSameOfferToldLaterByAJobEventChangesNothingAndAnOlderEventNeverTakesTheOrderBack() throws Exception {
        String id = JsonPath.read(mvc.perform(place("key-1")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");

        event(id, "job-77:1", "OFFERED", MEMBER, "2026-12-02T09:05:00Z");
        mvc.perform(get("/api/orders/" + id).with(resident()))
                .andExpect(jsonPath("$.state").value("DISPATCHING"))
                .andExpect(jsonPath("$.history.length()").value(2));

        event(id, "job-77:2", "ACCEPTED", MEMBER, "2026-12-02T10:00:00Z");
        event(id, "job-77:1-again", "OFFERED", MEMBER, "2026-12-02T09:05:00Z");
        mvc.perform(get("/api/orders/" + id).with(resident()))
                .andExpect(jsonPath("$.state").value("ASSIGNED"))
                .andExpect(jsonPath("$.history[*].state").value(
                        org.hamcrest.Matchers.contains("PLACED", "DISPATCHING", "ASSIGNED")));
    }

    @Test
    void whenProviderServiceIsDownThePlacedOrderWaitsAndTheRelayDispatchesItOnceBack() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(serviceUnavailable()));

        String id = JsonPath.read(mvc.perform(place("key-1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PLACED"))
                .andExpect(jsonPath("$.dispatchPending").value(true))
                .andReturn().getResponse().getContentAsString(), "$.id");
        // the failed attempt is the second write: counted, with its retry time, not held by anybody
        assertThat(COMMANDS.namesOn("orders").stream().filter(c -> !c.equals("find")).toList()).containsExactly("insert", "update");
        assertThat(dispatchDue(id)).as("due at its retry").isOne();

        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"orderId":"x","jobId":"job-77","state":"OFFERED","memberId":"%s"}""".formatted(MEMBER))));
        clock.advance(Duration.ofSeconds(2));
        assertThat(relay.deliverDue()).isEqualTo(1);
        assertThat(orders.find(id).orElseThrow().state()).isEqualTo(OrderState.DISPATCHING);
    }

    @Test
    void aDispatchHeldByARequestThatDiedIsSentByTheRelayOnceItsLeaseRunsOut() {
        Order placed = OrderFixtures.placed();
        var held = dispatchAtOnce.hold(placed);
        assertThat(held).isPresent();
        orders.insert(placed); // ... and the request dies before sending it

        assertThat(relay.deliverDue()).isZero(); // held: no round sends it meanwhile
        clock.advance(Duration.ofSeconds(31));
        assertThat(relay.deliverDue()).isEqualTo(1);

        assertThat(orders.find(placed.id()).orElseThrow().state()).isEqualTo(OrderState.DISPATCHING);
        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
    }

    private org.springframework.test.web.servlet.ResultActions event(String orderId, String eventId, String type,
            String memberId, String at) throws Exception {
        return mvc.perform(post("/internal/orders/" + orderId + "/job-events").header("X-Internal-Token", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"eventId":"%s","type":"%s","jobId":"job-77","memberId":"%s","occurredAt":"%s"}"""
                                .formatted(eventId, type, memberId, at)))
                .andExpect(status().isNoContent());
    }

    private static MockHttpServletRequestBuilder place(String key) {
        return post("/api/orders").with(resident()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJourneyTest.BODY);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor resident() {
        return jwt().jwt(token -> token.subject("usr-demo-resident").claim("roles", List.of("RESIDENT"))
                        .claim("name", "Camille Resident"))
                .authorities(new SimpleGrantedAuthority("ROLE_RESIDENT"));
    }

    private long dispatchDue(String orderId) {
        return mongo.getCollection("due_orders_outbox").countDocuments(new Document("_id", orderId));
    }
}
