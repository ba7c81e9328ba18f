package fr.centreisere.concierge.order.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.testsupport.MutableClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * The orders from end to end inside order-service: the real web layer, security, use cases and
 * MongoDB; catalog-service and provider-service are WireMock servers speaking docs/INTERNAL-API.md.
 * The outbox scheduler is off: each test runs the sender itself at the instants it chooses.
 */
@SpringBootTest(properties = {
        "concierge.orders.outbox.first-retry=2s",
        "concierge.orders.outbox.jitter=0",
        "concierge.orders.outbox.lease=30s",
        "spring.cloud.openfeign.client.config.default.read-timeout=3000",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=100" })
@AutoConfigureMockMvc
@EnableWireMock({
        @ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.clients.catalog-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url") })
class OrderJourneyTest {

    static final Instant START = OrderFixtures.NOW;
    static final String TOKEN = "test-internal-token-for-every-test";
    static final String MEMBER = OrderFixtures.MEMBER;

    static final String OFFER = """
            {"serviceId":"svc-reparation-velo","slug":"reparation-velo",
             "title":{"fr":"Réparation de vélo","en":"Bike repair"},"category":"SMALL_REPAIRS","priceModel":"PER_HOUR",
             "unitPriceCents":2500,"vatRatePercent":20,"minQuantity":1,"maxQuantity":4,"leadTimeHours":24,
             "audience":"ALL","active":true,"availableInCommune":true,"commissionRatePercent":8,
             "coverageAsOf":"2026-12-01T08:00:00Z","communePostalCodes":["38500"]}
            """;

    static final String BODY = """
            {"serviceId":"svc-reparation-velo","quantity":2,"communeInsee":"38563",
             "address":{"line1":"12 rue Mainssieux","postalCode":"38500"},
             "slot":{"date":"2026-12-04","from":"14:00","to":"16:00"},"notes":"Pneu crevé","billing":"PERSONAL"}
            """;

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START, Slot.TERRITORY_ZONE);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("orderOutbox")
    fr.centreisere.concierge.platform.outbox.OutboxRelay delivery;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @InjectWireMock("catalog")
    WireMockServer catalogService;

    @InjectWireMock("provider")
    WireMockServer providerService;

    @BeforeEach
    void freshWorld() {
        clock.set(START);
        mongo.remove(new Query(), "orders");
        mongo.remove(new Query(), "order_keys"); // the orders' keys go with them (« Mes commandes » counts from them)
        mongo.remove(new Query(), "orderNumberCounters");
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        catalogService.resetAll();
        providerService.resetAll();
        catalogService.stubFor(WireMock.get(urlPathEqualTo("/internal/services/svc-reparation-velo/offer")).willReturn(okJson(OFFER)));
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));
        providerService.stubFor(WireMock.post(urlPathMatching("/internal/dispatches/.*/(cancel|reassign)")).willReturn(ok()));
        providerService.stubFor(WireMock.get(urlPathMatching("/internal/dispatches/.*/fit")).willReturn(okJson("""
                {"memberId":"mbr-atelier-velo-voironnais","fits":true,"reasons":[]}""")));
    }

    // --- placing --------------------------------------------------------------------------------

    @Test
    void aResidentPlacesAnOrderThatIsPricedStoredAndDispatchedAtOnce() throws Exception {
        mvc.perform(place("key-1", BODY, resident()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/orders/ord-")))
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("CI-2026-\\d{6}")))
                .andExpect(jsonPath("$.state").value("DISPATCHING"))
                .andExpect(jsonPath("$.customer.userId").value("usr-demo-resident"))
                .andExpect(jsonPath("$.serviceTitle.fr").value("Réparation de vélo"))
                .andExpect(jsonPath("$.slot.from").value("14:00"))
                .andExpect(jsonPath("$.price.subtotalCents").value(5000))
                .andExpect(jsonPath("$.price.vatCents").value(1000))
                .andExpect(jsonPath("$.price.totalCents").value(6000))
                .andExpect(jsonPath("$.price.commissionCents").value(400))
                .andExpect(jsonPath("$.price.employerShareCents").value(0))
                .andExpect(jsonPath("$.price.customerShareCents").value(6000))
                .andExpect(jsonPath("$.dispatchPending").value(false))
                .andExpect(jsonPath("$.jobId").value("job-1"))
                .andExpect(jsonPath("$.history[*].state").value(org.hamcrest.Matchers.contains("PLACED", "DISPATCHING")));

        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches"))
                .withHeader("X-Internal-Token", equalTo(TOKEN))
                .withRequestBody(matchingJsonPath("$.subtotalCents", equalTo("5000")))
                .withRequestBody(matchingJsonPath("$.orderNumber", WireMock.matching("CI-2026-\\d{6}"))));
    }

    // --- the business meters (docs/OPERATIONS.md) ---------------------------------------------------

    @Test
    void aPlacedOrderIsCountedOnceByCategoryAndBillingAndItsDispatchIsTimed() throws Exception {
        double placed = count(fr.centreisere.concierge.order.orders.metrics.MicrometerOrderMeters.PLACED,
                "category", "SMALL_REPAIRS", "billing", "PERSONAL");
        long offered = dispatches("offered");

        mvc.perform(place("key-meters", BODY, resident())).andExpect(status().isCreated());
        mvc.perform(place("key-meters", BODY, resident())).andExpect(status().isOk()); // a replay: not a new order

        assertThat(count(fr.centreisere.concierge.order.orders.metrics.MicrometerOrderMeters.PLACED,
                "category", "SMALL_REPAIRS", "billing", "PERSONAL")).isEqualTo(placed + 1);
        assertThat(dispatches("offered")).isEqualTo(offered + 1);
    }

    @Test
    void aDispatchSentByTheRelayIsTimedFromThePlacingToProviderServicesAnswer() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(serviceUnavailable()));
        mvc.perform(place("key-late", BODY, resident())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PLACED"));
        long offered = dispatches("offered");
        double seconds = dispatchSeconds("offered");

        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));
        clock.advance(Duration.ofSeconds(2));
        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(dispatches("offered")).isEqualTo(offered + 1);
        assertThat(dispatchSeconds("offered") - seconds).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void everyTimeAnOrderBecomesUnassignedItIsCountedWithTheReason() throws Exception {
        double dayFull = count(fr.centreisere.concierge.order.orders.metrics.MicrometerOrderMeters.UNASSIGNED,
                "reason", "DAY_FULL");
        double allDeclined = count(fr.centreisere.concierge.order.orders.metrics.MicrometerOrderMeters.UNASSIGNED,
                "reason", "ALL_DECLINED");
        long unassigned = dispatches("unassigned");
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"orderId":"x","jobId":"job-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"DAY_FULL"}""")));
        String id = idOf(mvc.perform(place("key-unassigned", BODY, resident()))
                .andExpect(jsonPath("$.state").value("UNASSIGNED")).andReturn());
        mvc.perform(post("/api/orders/" + id + "/reassign").with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"memberId\":\"" + MEMBER + "\"}"))
                .andExpect(jsonPath("$.state").value("DISPATCHING"));
        mvc.perform(post("/internal/orders/" + id + "/job-events").header("X-Internal-Token", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"eventId":"job-1:3","type":"UNASSIGNED","jobId":"job-1","memberId":null,
                                 "occurredAt":"2026-12-02T10:00:00Z","unassignedReason":"ALL_DECLINED"}"""))
                .andExpect(status().isNoContent());

        assertThat(count(fr.centreisere.concierge.order.orders.metrics.MicrometerOrderMeters.UNASSIGNED,
                "reason", "DAY_FULL")).isEqualTo(dayFull + 1);
        assertThat(count(fr.centreisere.concierge.order.orders.metrics.MicrometerOrderMeters.UNASSIGNED,
                "reason", "ALL_DECLINED")).isEqualTo(allDeclined + 1);
        assertThat(dispatches("unassigned")).as("the first outcome only").isEqualTo(unassigned + 1);
    }

    private double count(String name, String... tags) {
        io.micrometer.core.instrument.Counter counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private long dispatches(String outcome) {
        io.micrometer.core.instrument.Timer timer = meters.find(
                fr.centreisere.concierge.order.orders.metrics.MicrometerOrderMeters.DISPATCH).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double dispatchSeconds(String outcome) {
        io.micrometer.core.instrument.Timer timer = meters.find(
                fr.centreisere.concierge.order.orders.metrics.MicrometerOrderMeters.DISPATCH).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.totalTime(java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void theSameKeyGivesBackTheSameOrderAndADifferentBodyUnderItIsRefused() throws Exception {
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andExpect(status().isCreated()).andReturn());

        mvc.perform(place("key-1", BODY, resident()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(place("key-1", BODY.replace("\"quantity\":2", "\"quantity\":3"), resident()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/idempotency-key-reused"));
        // another resident's same key is their own
        mvc.perform(place("key-1", BODY, user("usr-other", "RESIDENT"))).andExpect(status().isCreated());

        assertThat(mongo.count(new Query(), "orders")).isEqualTo(2);
        providerService.verify(2, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
    }

    @Test
    void tenIdenticalRequestsAtOnceMakeOneOrderDispatchedOnce() throws Exception {
        int count = 10;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Callable<MvcResult> call = () -> {
                start.await();
                return mvc.perform(place("same-key", BODY, resident())).andReturn();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Future<MvcResult> result : results) {
            MvcResult answer = result.get();
            statuses.add(answer.getResponse().getStatus());
            ids.add(idOf(answer));
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
        assertThat(ids).hasSize(count).containsOnly(ids.get(0));
        assertThat(mongo.count(new Query(), "orders")).isEqualTo(1);
        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
    }

    @Test
    void withoutAnIdempotencyKeyNothingIsPlaced() throws Exception {
        mvc.perform(post("/api/orders").with(resident()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(mongo.count(new Query(), "orders")).isZero();
    }

    @Test
    void aBrokenRequestListsItsFields() throws Exception {
        mvc.perform(place("k", """
                        {"serviceId":"","quantity":0,"communeInsee":"3856","address":{"line1":"x","postalCode":"ABCDE"},
                         "slot":{"date":"2026-12-04","from":"16:00","to":"14:00"}}""", resident()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/validation"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "serviceId", "quantity", "communeInsee", "address.postalCode", "slot.endAfterStart")));
        mvc.perform(place("k", "{\"quantity\": \"many\"}", resident())).andExpect(status().isBadRequest());
    }

    @Test
    void aSlotOffTheQuarterHourIsRefusedAtTheDoorNamingTheFieldAndNothingIsStored() throws Exception {
        mvc.perform(place("k1", BODY.replace("\"from\":\"14:00\"", "\"from\":\"10:00:30\""), resident()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("slot.from")));
        mvc.perform(place("k2", BODY.replace("\"to\":\"16:00\"", "\"to\":\"16:07\""), resident()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("slot.to")));
        mvc.perform(place("k3", BODY.replace("2026-12-04", "2028-01-04"), resident()).with(english()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("order.slot.beyond-a-year"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("within the coming year")));
        mvc.perform(place("k3", BODY.replace("2026-12-04", "2028-01-04"), resident()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("order.slot.beyond-a-year"))
                .andExpect(jsonPath("$.detail").value("Le créneau doit être dans l’année à venir (au plus tard le 2027-12-02)."));

        assertThat(mongo.count(new Query(), "orders")).isZero();
        providerService.verify(0, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
    }

    @Test
    void aBrokenRuleIs422WithAClearDetail() throws Exception {
        mvc.perform(place("k1", BODY.replace("\"quantity\":2", "\"quantity\":9"), resident()).with(english()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("between 1 and 4")));
        mvc.perform(place("k2", BODY.replace("2026-12-04", "2026-12-02"), resident()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(place("k3", BODY.replace("38500", "38000"), resident()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("38000")));
        mvc.perform(place("k4", BODY.replace("PERSONAL", "COMPANY"), resident()).with(english()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not an employee of a company")));
        catalogService.stubFor(WireMock.get(urlPathEqualTo("/internal/services/svc-nope/offer")).willReturn(notFound()));
        mvc.perform(place("k5", BODY.replace("svc-reparation-velo", "svc-nope"), resident()))
                .andExpect(status().isUnprocessableContent());

        assertThat(mongo.count(new Query(), "orders")).isZero();
        providerService.verify(0, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
    }

    @Test
    void aDayWithoutAFreePlaceIsRefusedWithTheNextDaysThatHaveRoomAndNothingIsStored() throws Exception {
        // now: 2 December 10:00, lead time 24 h; the 4th is full, so are the 6th and 8th
        StringBuilder days = new StringBuilder("{\"date\":\"2026-12-04\",\"freePlaces\":0}");
        for (int day = 5; day <= 12; day++) {
            days.append(",{\"date\":\"2026-12-%02d\",\"freePlaces\":%d}".formatted(day, day % 2 == 0 ? 0 : 2));
        }
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/availability")).willReturn(okJson(
                "{\"serviceId\":\"svc-reparation-velo\",\"communeInsee\":\"38563\",\"days\":[" + days + "]}")));

        mvc.perform(place("key-1", BODY, resident()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/day-full"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.code").value("DAY_FULL"))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2026-12-04")))
                .andExpect(jsonPath("$.nextAvailableDates").value(org.hamcrest.Matchers.contains(
                        "2026-12-05", "2026-12-07", "2026-12-09", "2026-12-11")));

        assertThat(mongo.count(new Query(), "orders")).isZero();
        assertThat(mongo.count(new Query(), "orderNumberCounters")).isZero();
        providerService.verify(0, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
        providerService.verify(1, WireMock.getRequestedFor(urlPathEqualTo("/internal/availability"))
                .withQueryParam("serviceId", equalTo("svc-reparation-velo"))
                .withQueryParam("commune", equalTo("38563"))
                .withQueryParam("from", equalTo("2026-12-04"))
                .withQueryParam("days", equalTo("60")));
    }

    @Test
    void aDayWithRoomIsPlacedAndWhenProviderServiceCannotTellTheOrderIsAcceptedAsBefore() throws Exception {
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/availability")).willReturn(okJson("""
                {"days":[{"date":"2026-12-04","freePlaces":1}]}""")));
        mvc.perform(place("key-1", BODY, resident())).andExpect(status().isCreated());

        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/availability")).willReturn(serviceUnavailable()));
        mvc.perform(place("key-2", BODY, resident())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DISPATCHING"));

        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/availability"))
                .willReturn(okJson("{\"days\":[]}").withFixedDelay(5_000)));
        mvc.perform(place("key-3", BODY, resident())).andExpect(status().isCreated());

        assertThat(mongo.count(new Query(), "orders")).isEqualTo(3);
    }

    @Test
    void whenTheCatalogIsDownNoOrderIsPlacedAndTheAnswerIs503() throws Exception {
        catalogService.stubFor(WireMock.get(urlPathEqualTo("/internal/services/svc-reparation-velo/offer"))
                .willReturn(aResponse().withStatus(500)));

        mvc.perform(place("k", BODY, resident()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/dependency-unavailable"));

        assertThat(mongo.count(new Query(), "orders")).isZero();
        providerService.verify(0, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
    }

    // --- the outbox -----------------------------------------------------------------------------

    @Test
    void whenProviderServiceIsDownTheOrderIsAcceptedAndDispatchedOnceItIsBack() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(serviceUnavailable()));

        String id = idOf(mvc.perform(place("key-1", BODY, resident()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PLACED"))
                .andExpect(jsonPath("$.dispatchPending").value(true))
                .andReturn());

        // not yet due: the first retry waits 2 s
        assertThat(delivery.deliverDue()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(delivery.deliverDue()).isZero(); // still down: the next wait is 4 s
        providerService.verify(2, postRequestedFor(urlPathEqualTo("/internal/dispatches")));

        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));
        clock.advance(Duration.ofSeconds(3));
        assertThat(delivery.deliverDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(delivery.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        assertThat(delivery.deliverDue()).isZero();

        providerService.verify(3, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
        mvc.perform(get("/api/orders/" + id).with(resident()))
                .andExpect(jsonPath("$.state").value("DISPATCHING"))
                .andExpect(jsonPath("$.dispatchPending").value(false));
    }

    @Test
    void aDispatchProviderServiceRefusesAsInvalidLeavesTheOrderUnassignedRefusedByProviderAndIsNotResent()
            throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://concierge.centre-isere.fr/problems/validation","status":400,
                         "title":"Données invalides","detail":"La requête contient des champs invalides.",
                         "code":"request.invalid",
                         "errors":[{"field":"slot.from","message":"HH:mm attendu","code":"validation.quarter-hours"}]}""")));

        String id = idOf(mvc.perform(place("key-1", BODY, resident()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("UNASSIGNED"))
                .andExpect(jsonPath("$.unassignedReason").value("REFUSED_BY_PROVIDER"))
                .andExpect(jsonPath("$.dispatchPending").value(false))
                .andExpect(jsonPath("$.history[1].by").value("provider-service"))
                .andExpect(jsonPath("$.history[1].reason").value(
                        "provider-service a refusé la demande : champs invalides (slot.from)"))
                .andExpect(jsonPath("$.history[1].reasonCode").value("order.provider.refused.invalid"))
                .andReturn());
        mvc.perform(get("/api/orders/" + id).with(resident()).with(english()))
                .andExpect(jsonPath("$.history[1].reason").value(
                        "provider-service refused the request: invalid fields (slot.from)"));
        clock.advance(Duration.ofHours(1));
        assertThat(delivery.deliverDue()).isZero();

        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
        mvc.perform(get("/api/orders?state=UNASSIGNED").with(coordinator()))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].unassignedReason").value("REFUSED_BY_PROVIDER"));
    }

    @Test
    void anUnassignedOrderSaysWhyFromTheDispatchAnswerAndFromAJobEvent() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"orderId":"x","jobId":"job-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"DAY_FULL"}""")));
        String id = idOf(mvc.perform(place("key-1", BODY, resident()).with(english()))
                .andExpect(jsonPath("$.state").value("UNASSIGNED"))
                .andExpect(jsonPath("$.unassignedReason").value("DAY_FULL"))
                .andExpect(jsonPath("$.history[1].reason").value(org.hamcrest.Matchers.containsString("No member has room that day")))
                .andReturn());

        mvc.perform(post("/api/orders/" + id + "/reassign").with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"memberId\":\"" + MEMBER + "\"}"))
                .andExpect(jsonPath("$.state").value("DISPATCHING"))
                .andExpect(jsonPath("$.unassignedReason").doesNotExist());
        mvc.perform(post("/internal/orders/" + id + "/job-events").header("X-Internal-Token", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"eventId":"job-1:3","type":"UNASSIGNED","jobId":"job-1","memberId":null,
                                 "occurredAt":"2026-12-02T10:00:00Z","unassignedReason":"ALL_DECLINED"}"""))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/orders/" + id).with(resident()).with(english()))
                .andExpect(jsonPath("$.state").value("UNASSIGNED"))
                .andExpect(jsonPath("$.unassignedReason").value("ALL_DECLINED"))
                .andExpect(jsonPath("$.history[3].reason").value(org.hamcrest.Matchers.containsString("Every member asked declined")));
    }

    // --- issue 17: the reader's language ---------------------------------------------------------

    @Test
    void theHistoryIsSaidInTheReadersLanguageAndAPersonsWordsAsTyped() throws Exception {
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());
        event(id, "ev-1", "ACCEPTED", "2026-12-02T09:05:00Z").andExpect(status().isNoContent());
        mvc.perform(post("/api/orders/" + id + "/cancel").with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Doublon / erreur de saisie\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/orders/" + id).with(resident()))
                .andExpect(jsonPath("$.history[*].reason").value(org.hamcrest.Matchers.contains("Commande passée",
                        "Proposée à " + MEMBER, "Acceptée par " + MEMBER, "Doublon / erreur de saisie")))
                .andExpect(jsonPath("$.history[*].reasonCode").value(org.hamcrest.Matchers.contains(
                        "order.history.placed", "order.history.offered", "order.history.accepted", null)));
        mvc.perform(get("/api/orders/" + id).with(resident()).header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5"))
                .andExpect(jsonPath("$.history[*].reason").value(org.hamcrest.Matchers.contains("Order placed",
                        "Offered to " + MEMBER, "Accepted by " + MEMBER, "Doublon / erreur de saisie")))
                .andExpect(jsonPath("$.history[*].reasonCode").value(org.hamcrest.Matchers.contains(
                        "order.history.placed", "order.history.offered", "order.history.accepted", null)));
        // a language we do not speak: French
        mvc.perform(get("/api/orders/" + id).with(resident()).header("Accept-Language", "de"))
                .andExpect(jsonPath("$.history[0].reason").value("Commande passée"));
    }

    @Test
    void aHistoryStoredBeforeTheCodesIsShownAsItIs() throws Exception {
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());
        // as order-service wrote its history before issue 17: one « français / English » sentence, no code
        mongo.updateFirst(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
                new org.springframework.data.mongodb.core.query.Update().set("history.0",
                        new org.bson.Document("state", "PLACED").append("at", java.util.Date.from(START))
                                .append("by", "usr-demo-resident").append("reason", "Commande passée / Order placed")),
                "orders");

        mvc.perform(get("/api/orders/" + id).with(resident()).with(english()))
                .andExpect(jsonPath("$.history[0].reason").value("Commande passée / Order placed"))
                .andExpect(jsonPath("$.history[0].reasonCode").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.history[1].reason").value("Offered to " + MEMBER));
    }

    @Test
    void aProblemIsInTheReadersLanguageWithTheSameCode() throws Exception {
        mvc.perform(get("/api/orders/ord-nope").with(resident()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("order.not-found"))
                .andExpect(jsonPath("$.title").value("Introuvable"))
                .andExpect(jsonPath("$.detail").value("Aucune commande « ord-nope »."));
        mvc.perform(get("/api/orders/ord-nope").with(resident()).with(english()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("order.not-found"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("No order « ord-nope »."));
        mvc.perform(place("k1", BODY.replace("svc-reparation-velo", "svc-nope"), resident()).with(english()))
                .andExpect(status().isUnprocessableContent());
        catalogService.stubFor(WireMock.get(urlPathEqualTo("/internal/services/svc-reparation-velo/offer"))
                .willReturn(okJson(OFFER.replace("\"availableInCommune\":true", "\"availableInCommune\":false"))));
        mvc.perform(place("k2", BODY, resident()))
                .andExpect(jsonPath("$.code").value("order.service-not-offered"))
                .andExpect(jsonPath("$.title").value("Règle métier non respectée"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Le service « Réparation de vélo » n’est pas proposé dans")));
        mvc.perform(place("k3", BODY, resident()).with(english()))
                .andExpect(jsonPath("$.code").value("order.service-not-offered"))
                .andExpect(jsonPath("$.title").value("Business rule broken"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The service « Bike repair » is not available in")));
    }

    @Test
    void aMessageThatDoesNotGetThroughIsShownToCoordinatorsOnceTriedThreeTimes() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(serviceUnavailable()));
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());
        mvc.perform(place("key-2", BODY, resident())).andExpect(status().isCreated());
        clock.advance(Duration.ofSeconds(2));
        delivery.deliverDue();
        mvc.perform(get("/api/orders/" + id).with(coordinator())).andExpect(jsonPath("$.delivery").doesNotExist());
        mvc.perform(get("/api/orders?stuck=true").with(coordinator())).andExpect(jsonPath("$.totalElements").value(0));
        clock.advance(Duration.ofSeconds(4));
        delivery.deliverDue();

        mvc.perform(get("/api/orders/" + id).with(coordinator()))
                .andExpect(jsonPath("$.dispatchPending").value(true))
                .andExpect(jsonPath("$.delivery.kind").value("DISPATCH"))
                .andExpect(jsonPath("$.delivery.attempts").value(3))
                .andExpect(jsonPath("$.delivery.lastError").value(org.hamcrest.Matchers.containsString("DispatchUnavailable")))
                .andExpect(jsonPath("$.delivery.since").value("2026-12-02T09:00:00Z"));
        mvc.perform(get("/api/orders/" + id).with(resident())).andExpect(jsonPath("$.delivery").doesNotExist());
        mvc.perform(get("/api/orders?stuck=true&size=1").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.content[0].delivery.attempts").value(3));
        mvc.perform(get("/api/orders?stuck=true").with(resident()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));
        clock.advance(Duration.ofSeconds(8));
        delivery.deliverDue();
        mvc.perform(get("/api/orders?stuck=true").with(coordinator())).andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void twoSendersAtOnceSendAMessageOnlyOnce() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(serviceUnavailable()));
        mvc.perform(place("key-1", BODY, resident())).andExpect(status().isCreated());
        providerService.resetRequests();
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""").withFixedDelay(300)));
        clock.advance(Duration.ofSeconds(2));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(pool.submit(() -> {
                start.await();
                return delivery.deliverDue();
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> each : sent) {
            total += each.get();
        }
        pool.shutdown();

        assertThat(total).isEqualTo(1);
        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
    }

    // --- following the job ----------------------------------------------------------------------

    @Test
    void theJobsOutcomesMoveTheOrderToCompletedAndTheHistoryTellsTheStory() throws Exception {
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());

        event(id, "ev-1", "ACCEPTED", "2026-12-02T09:05:00Z").andExpect(status().isNoContent());
        event(id, "ev-1", "ACCEPTED", "2026-12-02T09:05:00Z").andExpect(status().isNoContent());
        // the member's staff now sees the order
        mvc.perform(get("/api/orders/" + id).with(staff(MEMBER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ASSIGNED"))
                .andExpect(jsonPath("$.memberId").value(MEMBER));
        event(id, "ev-2", "IN_PROGRESS", "2026-12-04T14:02:00Z").andExpect(status().isNoContent());
        event(id, "ev-0", "OFFERED", "2026-12-02T09:01:00Z").andExpect(status().isNoContent()); // stale
        event(id, "ev-3", "DONE", "2026-12-04T15:40:00Z").andExpect(status().isNoContent());

        mvc.perform(get("/api/orders/" + id).with(resident()).with(english()))
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.history[*].state").value(org.hamcrest.Matchers.contains(
                        "PLACED", "DISPATCHING", "ASSIGNED", "IN_PROGRESS", "COMPLETED")))
                .andExpect(jsonPath("$.history[2].by").value("member:" + MEMBER))
                .andExpect(jsonPath("$.history[2].at").value("2026-12-02T09:05:00Z"))
                .andExpect(jsonPath("$.history[4].reason").value(org.hamcrest.Matchers.containsString("Work completed")));
    }

    @Test
    void jobEventsNeedTheInternalTokenAndAKnownOrder() throws Exception {
        mvc.perform(post("/internal/orders/ord-x/job-events").contentType(MediaType.APPLICATION_JSON)
                        .content(eventBody("e", "DONE", "2026-12-02T09:05:00Z")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/internal/orders/ord-x/job-events").header("Authorization", "Bearer a-user-token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventBody("e", "DONE", "2026-12-02T09:05:00Z")))
                .andExpect(status().isUnauthorized());
        event("ord-x", "e", "DONE", "2026-12-02T09:05:00Z").andExpect(status().isNotFound());
        mvc.perform(post("/internal/orders/ord-x/job-events").header("X-Internal-Token", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"eventId\":\"e\",\"type\":\"EXPLODED\"}"))
                .andExpect(status().isBadRequest());
    }

    // --- who sees what --------------------------------------------------------------------------

    @Test
    void anotherResidentsOrderIsNotFoundAndListsShowOnlyOwnOrdersNewestFirst() throws Exception {
        String first = idOf(mvc.perform(place("k1", BODY, resident())).andReturn());
        clock.advance(Duration.ofMinutes(1));
        String second = idOf(mvc.perform(place("k2", BODY, resident())).andReturn());
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(place("k3", BODY, user("usr-other", "RESIDENT"))).andExpect(status().isCreated());

        mvc.perform(get("/api/orders/" + first).with(user("usr-other", "RESIDENT")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/orders/" + first).with(staff("mbr-other"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/orders?page=0&size=1").with(resident()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(second))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").value(2));
        // a resident's filters do not widen the list
        mvc.perform(get("/api/orders?state=DISPATCHING").with(user("usr-other", "RESIDENT")))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/orders?state=DISPATCHING&from=2026-12-04&to=2026-12-04").with(coordinator()))
                .andExpect(jsonPath("$.totalElements").value(3));
        // the period is of slot days (all three are on the 4th), not of creation days
        mvc.perform(get("/api/orders?from=2026-12-02&to=2026-12-03").with(coordinator()))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/orders?state=COMPLETED").with(coordinator()))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/orders?size=500").with(coordinator())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/orders?state=LOST").with(coordinator())).andExpect(status().isBadRequest());
    }

    // --- cancel and reassign ----------------------------------------------------------------------

    @Test
    void theOwnerCancelsBeforeTheWorkStartsAndTheJobIsCancelledAtProviderService() throws Exception {
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());

        mvc.perform(post("/api/orders/" + id + "/cancel").with(user("usr-other", "RESIDENT"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/orders/" + id + "/cancel").with(resident())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"plus besoin\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CANCELLED"))
                .andExpect(jsonPath("$.history[2].reason").value("plus besoin"))
                .andExpect(jsonPath("$.dispatchPending").value(false));
        mvc.perform(post("/api/orders/" + id + "/cancel").with(resident()))
                .andExpect(status().isConflict());

        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches/" + id + "/cancel"))
                .withRequestBody(matchingJsonPath("$.reason", equalTo("plus besoin"))));
    }

    @Test
    void onceTheWorkStartedOnlyACoordinatorCancels() throws Exception {
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());
        event(id, "ev-1", "ACCEPTED", "2026-12-02T09:05:00Z");
        event(id, "ev-2", "IN_PROGRESS", "2026-12-04T14:02:00Z");

        mvc.perform(post("/api/orders/" + id + "/cancel").with(resident()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/conflict"));
        mvc.perform(post("/api/orders/" + id + "/cancel").with(staff(MEMBER))).andExpect(status().isForbidden());
        mvc.perform(post("/api/orders/" + id + "/cancel").with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"intempéries\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CANCELLED"))
                .andExpect(jsonPath("$.history[4].by").value("usr-demo-coordinator"));
        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches/" + id + "/cancel")));
    }

    @Test
    void aCoordinatorReassignsAnUnassignedOrder() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":null,"state":"UNASSIGNED","memberId":null}""")));
        String id = idOf(mvc.perform(place("key-1", BODY, resident()))
                .andExpect(jsonPath("$.state").value("UNASSIGNED")).andReturn());

        mvc.perform(post("/api/orders/" + id + "/reassign").with(resident())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"memberId\":\"" + MEMBER + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/orders/" + id + "/reassign").with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"memberId\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/orders/" + id + "/reassign").with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"memberId\":\"" + MEMBER + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DISPATCHING"))
                .andExpect(jsonPath("$.dispatchPending").value(false));
        mvc.perform(post("/api/orders/" + id + "/reassign").with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"memberId\":\"" + MEMBER + "\"}"))
                .andExpect(status().isConflict());

        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches/" + id + "/reassign"))
                .withRequestBody(matchingJsonPath("$.memberId", equalTo(MEMBER)))
                .withRequestBody(matchingJsonPath("$.decidedBy", equalTo("usr-demo-coordinator"))));
        event(id, "ev-1", "ACCEPTED", "2026-12-02T10:00:00Z");
        mvc.perform(get("/api/orders/" + id).with(staff(MEMBER))).andExpect(jsonPath("$.state").value("ASSIGNED"));
    }

    @Test
    void aReassignmentProviderServiceRefusesLeavesTheOrderUnassignedWithoutRetrying() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-x","state":"UNASSIGNED","memberId":null}""")));
        providerService.stubFor(WireMock.post(urlPathMatching("/internal/dispatches/.*/reassign"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"detail":"ce membre ne peut pas prendre ce travail : mbr-suspendu (SUSPENDED)",
                                 "code":"MEMBER_NOT_FIT","reasons":["SUSPENDED"],"args":["mbr-suspendu","SUSPENDED"]}""")));
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());

        mvc.perform(post("/api/orders/" + id + "/reassign").with(coordinator()).with(english())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"memberId\":\"mbr-suspendu\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("UNASSIGNED"))
                .andExpect(jsonPath("$.history[3].reason").value(
                        "Reassignment refused by provider-service : the member does not fit (SUSPENDED)"))
                .andExpect(jsonPath("$.history[3].reasonCode").value("order.history.reassign-refused"))
                .andExpect(jsonPath("$.dispatchPending").value(false));
        clock.advance(Duration.ofHours(1));
        delivery.deliverDue();

        providerService.verify(1, postRequestedFor(urlPathMatching("/internal/dispatches/.*/reassign")));
    }

    @Test
    void aCancelProviderServiceRefusesBecauseTheWorkStartedIsNotRetried() throws Exception {
        providerService.stubFor(WireMock.post(urlPathMatching("/internal/dispatches/.*/cancel"))
                .willReturn(aResponse().withStatus(409)));
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());
        event(id, "ev-1", "ACCEPTED", "2026-12-02T09:05:00Z");
        event(id, "ev-2", "IN_PROGRESS", "2026-12-04T14:02:00Z");

        mvc.perform(post("/api/orders/" + id + "/cancel").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CANCELLED"))
                .andExpect(jsonPath("$.dispatchPending").value(false));
        clock.advance(Duration.ofHours(1));
        delivery.deliverDue();

        providerService.verify(1, postRequestedFor(urlPathMatching("/internal/dispatches/.*/cancel")));
    }

    // --- reassign: a member that fits ------------------------------------------------------------

    @Test
    void aMemberThatDoesNotFitIsRefusedUnlessTheCoordinatorOverridesWithAReason() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"DAY_FULL"}""")));
        providerService.stubFor(WireMock.get(urlPathMatching("/internal/dispatches/.*/fit")).willReturn(okJson("""
                {"memberId":"mbr-menage-plus","fits":false,"reasons":["NOT_CAPABLE","DAY_FULL"]}""")));
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());

        mvc.perform(reassign(id, "{\"memberId\":\"mbr-menage-plus\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/member-not-fit"))
                .andExpect(jsonPath("$.code").value("MEMBER_NOT_FIT"))
                .andExpect(jsonPath("$.reasons").value(org.hamcrest.Matchers.contains("NOT_CAPABLE", "DAY_FULL")));
        mvc.perform(reassign(id, "{\"memberId\":\"mbr-menage-plus\",\"override\":true,\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("reason")));
        mvc.perform(get("/api/orders/" + id).with(coordinator())).andExpect(jsonPath("$.state").value("UNASSIGNED"));
        providerService.verify(0, postRequestedFor(urlPathMatching("/internal/dispatches/.*/reassign")));

        mvc.perform(reassign(id, """
                        {"memberId":"mbr-menage-plus","override":true,"reason":"Seule structure joignable ce jour"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DISPATCHING"))
                .andExpect(jsonPath("$.history[2].by").value("usr-demo-coordinator"))
                .andExpect(jsonPath("$.history[2].reason").value(
                        "Réattribuée à mbr-menage-plus, en passant outre : Seule structure joignable ce jour"));

        // asked for the refusal and for the override; the broken request never got that far
        providerService.verify(2, WireMock.getRequestedFor(urlPathEqualTo("/internal/dispatches/" + id + "/fit"))
                .withQueryParam("memberId", equalTo("mbr-menage-plus")));
        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches/" + id + "/reassign"))
                .withRequestBody(WireMock.equalToJson("""
                        {"memberId":"mbr-menage-plus","decidedBy":"usr-demo-coordinator","override":true,
                         "reason":"Seule structure joignable ce jour"}""")));
    }

    @Test
    void aMemberThatFitsIsReassignedWithoutOverrideAndAnUnknownOneCannotBeOverridden() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"ALL_DECLINED"}""")));
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/dispatches/ord-x/fit")).willReturn(okJson("{}")));
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/dispatches/" + id + "/fit"))
                .withQueryParam("memberId", equalTo("mbr-nope")).willReturn(okJson("""
                        {"memberId":"mbr-nope","fits":false,"reasons":["UNKNOWN_MEMBER"]}""")));

        mvc.perform(reassign(id, "{\"memberId\":\"mbr-nope\",\"override\":true,\"reason\":\"je sais\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reasons").value(org.hamcrest.Matchers.contains("UNKNOWN_MEMBER")));
        mvc.perform(reassign(id, "{\"memberId\":\"" + MEMBER + "\",\"override\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DISPATCHING"));

        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches/" + id + "/reassign"))
                .withRequestBody(matchingJsonPath("$.memberId", equalTo(MEMBER)))
                .withRequestBody(matchingJsonPath("$.override", equalTo("false"))));
    }

    @Test
    void whenProviderServiceCannotSayWhetherTheMemberFitsNothingChangesAnd503() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"DAY_FULL"}""")));
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());
        providerService.stubFor(WireMock.get(urlPathMatching("/internal/dispatches/.*/fit")).willReturn(serviceUnavailable()));

        mvc.perform(reassign(id, "{\"memberId\":\"" + MEMBER + "\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/dependency-unavailable"));
        // an order provider-service holds no job for: reschedule it first
        providerService.stubFor(WireMock.get(urlPathMatching("/internal/dispatches/.*/fit")).willReturn(notFound()));
        mvc.perform(reassign(id, "{\"memberId\":\"" + MEMBER + "\"}")).andExpect(status().isConflict());

        mvc.perform(get("/api/orders/" + id).with(coordinator()))
                .andExpect(jsonPath("$.state").value("UNASSIGNED"))
                .andExpect(jsonPath("$.unassignedReason").value("DAY_FULL"))
                .andExpect(jsonPath("$.history.length()").value(2));
        providerService.verify(0, postRequestedFor(urlPathMatching("/internal/dispatches/.*/reassign")));
    }

    private MockHttpServletRequestBuilder reassign(String id, String body) {
        return post("/api/orders/" + id + "/reassign").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    // --- reschedule ------------------------------------------------------------------------------

    static final String FRIDAY = "{\"slot\":{\"date\":\"2026-12-05\",\"from\":\"10:00\",\"to\":\"12:00\"}}";

    @Test
    void theCustomerMovesAFullDaysOrderToAnotherDayAndItIsDispatchedThere() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"DAY_FULL"}""")));
        providerService.stubFor(WireMock.post(urlPathMatching("/internal/dispatches/.*/reschedule")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));
        String id = idOf(mvc.perform(place("key-1", BODY, resident()))
                .andExpect(jsonPath("$.unassignedReason").value("DAY_FULL")).andReturn());

        mvc.perform(reschedule(id, FRIDAY, user("usr-other", "RESIDENT"))).andExpect(status().isNotFound());
        mvc.perform(reschedule(id, FRIDAY.replace("10:00", "10:05"), resident()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("slot.from")));
        mvc.perform(reschedule(id, FRIDAY, resident()).with(english()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DISPATCHING"))
                .andExpect(jsonPath("$.slot.date").value("2026-12-05"))
                .andExpect(jsonPath("$.slot.from").value("10:00"))
                .andExpect(jsonPath("$.unassignedReason").doesNotExist())
                .andExpect(jsonPath("$.dispatchPending").value(false))
                .andExpect(jsonPath("$.history[2].by").value("usr-demo-resident"))
                .andExpect(jsonPath("$.history[2].reason").value(org.hamcrest.Matchers.containsString(
                        "Slot moved from 2026-12-04 14:00–16:00 to 2026-12-05 10:00–12:00")))
                .andExpect(jsonPath("$.history[3].reason").value(org.hamcrest.Matchers.containsString("Offered to " + MEMBER)));
        // no longer UNASSIGNED: it cannot move again
        mvc.perform(reschedule(id, FRIDAY, resident())).andExpect(status().isConflict());

        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches/" + id + "/reschedule"))
                .withHeader("X-Internal-Token", equalTo(TOKEN))
                .withRequestBody(WireMock.equalToJson("{\"slot\":{\"date\":\"2026-12-05\",\"from\":\"10:00\",\"to\":\"12:00\"}}")));
        providerService.verify(1, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
    }

    @Test
    void aRescheduleFollowsThePlacingRulesAndChangesNothingWhenRefused() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"NOT_COVERED"}""")));
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/availability")).willReturn(okJson("""
                {"days":[{"date":"2026-12-05","freePlaces":0},{"date":"2026-12-06","freePlaces":0},
                         {"date":"2026-12-07","freePlaces":4}]}""")));

        mvc.perform(reschedule(id, FRIDAY, resident()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DAY_FULL"))
                .andExpect(jsonPath("$.nextAvailableDates").value(org.hamcrest.Matchers.contains("2026-12-07")));
        mvc.perform(reschedule(id, FRIDAY.replace("2026-12-05", "2026-12-03").replace("10:00", "09:45"), resident())
                        .with(english()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("24 h ahead")));
        mvc.perform(reschedule(id, FRIDAY, staff(MEMBER))).andExpect(status().isNotFound());
        catalogService.stubFor(WireMock.get(urlPathEqualTo("/internal/services/svc-reparation-velo/offer"))
                .willReturn(aResponse().withStatus(500)));
        mvc.perform(reschedule(id, FRIDAY, coordinator())).andExpect(status().isServiceUnavailable());

        mvc.perform(get("/api/orders/" + id).with(resident()))
                .andExpect(jsonPath("$.state").value("UNASSIGNED"))
                .andExpect(jsonPath("$.unassignedReason").value("NOT_COVERED"))
                .andExpect(jsonPath("$.slot.date").value("2026-12-04"))
                .andExpect(jsonPath("$.history.length()").value(2));
        providerService.verify(0, postRequestedFor(urlPathMatching("/internal/dispatches/.*/reschedule")));
    }

    @Test
    void anOrderWhoseDispatchWasRefusedIsDispatchedAgainOnceACoordinatorMovesIt() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(aResponse()
                .withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":422,\"detail\":\"Créneau hors des heures / Slot outside hours\"}")));
        String id = idOf(mvc.perform(place("key-1", BODY, resident()))
                .andExpect(jsonPath("$.unassignedReason").value("REFUSED_BY_PROVIDER")).andReturn());
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));

        mvc.perform(reschedule(id, FRIDAY, coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DISPATCHING"))
                .andExpect(jsonPath("$.jobId").value("job-1"));

        providerService.verify(2, postRequestedFor(urlPathEqualTo("/internal/dispatches")));
        providerService.verify(postRequestedFor(urlPathEqualTo("/internal/dispatches"))
                .withRequestBody(matchingJsonPath("$.slot.date", equalTo("2026-12-05"))));
        providerService.verify(0, postRequestedFor(urlPathMatching("/internal/dispatches/.*/reschedule")));
    }

    @Test
    void aRescheduleProviderServiceRefusesGivesTheOrderItsSlotBackWithoutRetrying() throws Exception {
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"ALL_EXPIRED"}""")));
        providerService.stubFor(WireMock.post(urlPathMatching("/internal/dispatches/.*/reschedule")).willReturn(
                aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"status":409,"detail":"impossible de déplacer : le travail job-1 est OFFERED",
                                 "code":"job.cannot.reschedule","args":["job-1","OFFERED"]}""")));
        String id = idOf(mvc.perform(place("key-1", BODY, resident())).andReturn());

        mvc.perform(reschedule(id, FRIDAY, resident()).with(english()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("UNASSIGNED"))
                .andExpect(jsonPath("$.unassignedReason").value("REFUSED_BY_PROVIDER"))
                .andExpect(jsonPath("$.slot.date").value("2026-12-04"))
                .andExpect(jsonPath("$.history[3].reason").value("Reschedule refused by provider-service; slot back to "
                        + "2026-12-04 14:00–16:00 : cannot reschedule: job job-1 is OFFERED"));
        mvc.perform(get("/api/orders/" + id).with(resident()))
                .andExpect(jsonPath("$.history[3].reason").value("Report refusé par provider-service ; créneau remis au "
                        + "2026-12-04 14:00–16:00 : impossible de déplacer : le travail job-1 est OFFERED"));
        clock.advance(Duration.ofHours(1));
        delivery.deliverDue();

        providerService.verify(1, postRequestedFor(urlPathMatching("/internal/dispatches/.*/reschedule")));
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static MockHttpServletRequestBuilder reschedule(String id, String body, RequestPostProcessor who) {
        return post("/api/orders/" + id + "/reschedule").with(who).contentType(MediaType.APPLICATION_JSON).content(body);
    }


    private static MockHttpServletRequestBuilder place(String key, String body, RequestPostProcessor who) {
        return post("/api/orders").with(who).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private org.springframework.test.web.servlet.ResultActions event(String orderId, String eventId, String type,
            String at) throws Exception {
        return mvc.perform(post("/internal/orders/" + orderId + "/job-events").header("X-Internal-Token", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(eventBody(eventId, type, at)));
    }

    private static String eventBody(String eventId, String type, String at) {
        return """
                {"eventId":"%s","type":"%s","jobId":"job-1","memberId":"%s","occurredAt":"%s"}"""
                .formatted(eventId, type, MEMBER, at);
    }

    private static String idOf(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    /** The reader's language: English ({@code Accept-Language: en}); without it, French. */
    static RequestPostProcessor english() {
        return request -> {
            request.addHeader("Accept-Language", "en");
            return request;
        };
    }

    static RequestPostProcessor resident() {
        return user("usr-demo-resident", "RESIDENT");
    }

    static RequestPostProcessor coordinator() {
        return user("usr-demo-coordinator", "COORDINATOR");
    }

    static RequestPostProcessor staff(String memberId) {
        return jwt().jwt(token -> token.subject("usr-staff-" + memberId).claim("roles", List.of("MEMBER_STAFF"))
                        .claim("memberId", memberId))
                .authorities(new SimpleGrantedAuthority("ROLE_MEMBER_STAFF"));
    }

    static RequestPostProcessor user(String userId, String role) {
        return jwt().jwt(token -> token.subject(userId).claim("roles", List.of(role)).claim("name", "Nom " + userId))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
