package fr.centreisere.concierge.provider.job.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import fr.centreisere.concierge.provider.job.DispatchOrder;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobEvent;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.Money;
import fr.centreisere.concierge.provider.job.OrderRef;
import fr.centreisere.concierge.provider.job.RelayJobEvents;
import fr.centreisere.concierge.provider.job.Slot;
import fr.centreisere.concierge.provider.job.AcceptJob;
import fr.centreisere.concierge.provider.job.StartJob;
import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.testsupport.MutableClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * Job outcomes reach order-service through the Feign client; when order-service is down they stay in
 * the job and are sent again, with the same event id, until delivered — in order, each once delivered.
 */
@SpringBootTest(properties = {
        "spring.cloud.openfeign.client.config.order-service.read-timeout=500",
        "provider.outbox.first-retry=PT10S",
        "provider.outbox.max-retry=PT1M"})
@Import(MutableClock.Config.class)
@EnableWireMock(@ConfigureWireMock(name = "order-service", baseUrlProperties = "concierge.order-service.url"))
class OrderServiceOutcomesTest {

    private static final String EVENTS = "/internal/orders/.*/job-events";

    @InjectWireMock("order-service")
    WireMockServer orderService;

    @Autowired
    DispatchOrder dispatchOrder;

    @Autowired
    AcceptJob acceptJob;

    @Autowired
    StartJob startJob;

    private static final Caller STAFF = Caller.staffOf("usr-staff", "mbr-atelier-velo-voironnais");

    @Autowired
    RelayJobEvents relay;

    @Autowired
    Jobs jobs;

    @Autowired
    MutableClock clock;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void reset() {
        orderService.resetAll();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    private static OrderRef bikeRepair(String orderId, int day) {
        return new OrderRef(orderId, "CMD-" + orderId, "svc-reparation-velo", "SMALL_REPAIRS", "38563",
                new Slot(LocalDate.of(2026, 12, day), LocalTime.of(9, 0), LocalTime.of(10, 0)), 1,
                Money.ofCents(3000), Money.ofCents(240));
    }

    private void orderServiceAnswers(int status) {
        orderService.stubFor(post(urlPathMatching(EVENTS)).willReturn(aResponse().withStatus(status)));
    }

    /** A dispatched job its member accepted: the dispatch's outcome went in its answer, the acceptance is event {@code :2}. */
    private Job accepted(String orderId, int day) {
        Job job = dispatchOrder.dispatch(bikeRepair(orderId, day));
        acceptJob.accept(STAFF, job.id());
        return job;
    }

    @Test
    void theDispatchsOutcomeIsInItsAnswerAndNeverSentAsAnEvent() {
        orderServiceAnswers(204);
        Job job = dispatchOrder.dispatch(bikeRepair("ord-w0", 2));

        assertThat(job.state().name()).isEqualTo("OFFERED");
        orderService.verify(0, postRequestedFor(urlPathMatching(EVENTS)));
        Job stored = jobs.byId(job.id()).orElseThrow();
        assertThat(stored.undelivered()).isEmpty();
        assertThat(stored.outbox()).singleElement().satisfies(offered -> {
            assertThat(offered.eventId()).isEqualTo("job-ord-w0:1");
            assertThat(offered.delivered()).isTrue();
        });
        clock.advance(Duration.ofMinutes(10));
        assertThat(relay.relayDue(100)).isZero();
        orderService.verify(0, postRequestedFor(urlPathMatching(EVENTS)));
    }

    @Test
    void anOutcomeIsReportedWithTheContractsFields() {
        orderServiceAnswers(204);
        Job job = accepted("ord-w1", 2);

        orderService.verify(1, postRequestedFor(urlEqualTo("/internal/orders/ord-w1/job-events"))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withHeader("X-Internal-Token", equalTo(fr.centreisere.concierge.provider.support.Api.INTERNAL_TOKEN))
                .withRequestBody(equalToJson("""
                        {"eventId":"job-ord-w1:2","type":"ACCEPTED","jobId":"job-ord-w1",
                         "memberId":"mbr-atelier-velo-voironnais","memberName":"L'Atelier Vélo Voironnais",
                         "occurredAt":"${json-unit.any-string}"}
                        """)));
        assertThat(jobs.byId(job.id()).orElseThrow().undelivered()).isEmpty();
    }

    @Test
    void outcomesWaitInTheJobWhileOrderServiceIsDownAndAreResentInOrderOnceItIsBack() {
        orderServiceAnswers(503);
        Job job = accepted("ord-w2", 3);
        startJob.start(STAFF, job.id());

        Job stored = jobs.byId(job.id()).orElseThrow();
        assertThat(stored.undelivered()).extracting(JobEvent::type)
                .containsExactly(JobEvent.Type.ACCEPTED, JobEvent.Type.IN_PROGRESS);
        assertThat(stored.undelivered().get(0).attempts()).isEqualTo(1);
        // the start was not sent ahead of the acceptance still owed
        orderService.verify(0, postRequestedFor(urlEqualTo("/internal/orders/ord-w2/job-events"))
                .withRequestBody(matchingJsonPath("$.type", equalTo("IN_PROGRESS"))));

        // still down a while later: tried again, kept again, waits longer
        clock.advance(Duration.ofSeconds(10));
        assertThat(relay.relayDue(100)).isZero();
        assertThat(jobs.byId(job.id()).orElseThrow().undelivered().get(0).attempts()).isEqualTo(2);
        assertThat(relay.relayDue(100)).as("not due before its backoff").isZero();

        orderService.resetAll();
        orderServiceAnswers(204);
        clock.advance(Duration.ofSeconds(20));
        assertThat(relay.relayDue(100)).isEqualTo(2);
        assertThat(jobs.byId(job.id()).orElseThrow().undelivered()).isEmpty();

        List<ServeEvent> served = new java.util.ArrayList<>(orderService.getAllServeEvents());
        served.sort(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        assertThat(served).extracting(e -> e.getRequest().getBodyAsString())
                .satisfiesExactly(
                        acceptance -> assertThat(acceptance).contains("\"eventId\":\"job-ord-w2:2\"", "\"type\":\"ACCEPTED\""),
                        started -> assertThat(started).contains("\"eventId\":\"job-ord-w2:3\"", "\"type\":\"IN_PROGRESS\""));
        assertThat(relay.relayDue(100)).as("nothing is sent twice once delivered").isZero();
    }

    @Test
    void anOutcomeOrderServiceRefusesAsInvalidIsNeverResentAndCoordinatorsSeeIt() {
        orderService.stubFor(post(urlEqualTo("/internal/orders/ord-w5/job-events"))
                .withRequestBody(matchingJsonPath("$.type", equalTo("ACCEPTED")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"detail\":\"type inconnu\"}")));
        orderService.stubFor(post(urlEqualTo("/internal/orders/ord-w5/job-events"))
                .withRequestBody(matchingJsonPath("$.type", equalTo("IN_PROGRESS")))
                .willReturn(aResponse().withStatus(204)));
        Job job = accepted("ord-w5", 6);
        startJob.start(STAFF, job.id());

        Job stored = jobs.byId(job.id()).orElseThrow();
        assertThat(stored.undelivered()).as("the refused acceptance is set aside, the start went on").isEmpty();
        assertThat(stored.deliveryTrouble()).get().satisfies(e -> {
            assertThat(e.type()).isEqualTo(JobEvent.Type.ACCEPTED);
            assertThat(e.refusedAt()).isNotNull();
            assertThat(e.lastError()).contains("400", "type inconnu");
        });
        assertThat(jobs.find(new Jobs.JobQuery(null, null, true, 0, 50)).content())
                .extracting(Job::id).contains(job.id());

        clock.advance(Duration.ofMinutes(10));
        relay.relayDue(100);
        orderService.verify(1, postRequestedFor(urlEqualTo("/internal/orders/ord-w5/job-events"))
                .withRequestBody(matchingJsonPath("$.type", equalTo("ACCEPTED"))));
    }

    @Test
    void anOutcomeTriedThreeTimesIsShownToCoordinators() {
        orderServiceAnswers(503);
        Job job = accepted("ord-w6", 7);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(2));
            relay.relayDue(100);
        }
        Job stored = jobs.byId(job.id()).orElseThrow();
        assertThat(stored.undelivered().get(0).attempts()).isGreaterThanOrEqualTo(3);
        assertThat(stored.deliveryTrouble()).get().extracting(JobEvent::lastError).asString()
                .contains("order-service did not take event job-ord-w6:2");
        assertThat(jobs.find(new Jobs.JobQuery(null, null, true, 0, 50)).content()).extracting(Job::id).contains(job.id());
    }

    @Test
    void aSlowOrderServiceCountsAsNotDelivered() {
        orderService.stubFor(post(urlPathMatching(EVENTS)).willReturn(aResponse().withStatus(204).withFixedDelay(2000)));
        Job job = accepted("ord-w3", 4);
        assertThat(jobs.byId(job.id()).orElseThrow().undelivered()).hasSize(1);
    }

    @Test
    void theBreakerOpensSoADownOrderServiceIsNotHammered() {
        orderServiceAnswers(500);
        for (int i = 0; i < 12; i++) {
            accepted("ord-b" + i, 5 + i % 20);
        }
        int calls = orderService.getAllServeEvents().size();
        assertThat(calls).as("the breaker stops calling after a few failures").isLessThan(12).isGreaterThanOrEqualTo(5);
        assertThat(breakers.getAllCircuitBreakers().stream().map(CircuitBreaker::getState))
                .contains(CircuitBreaker.State.OPEN);
        for (int i = 0; i < 12; i++) {
            assertThat(jobs.byOrderId("ord-b" + i).orElseThrow().undelivered()).as("kept for later").hasSize(1);
        }
    }
}
