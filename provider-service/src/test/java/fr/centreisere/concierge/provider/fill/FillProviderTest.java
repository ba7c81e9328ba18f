package fr.centreisere.concierge.provider.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centreisere.concierge.platform.fill.FillPlan;
import fr.centreisere.concierge.provider.job.DispatchDecision;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.PlaceKey;
import fr.centreisere.concierge.provider.job.Places;
import fr.centreisere.concierge.provider.job.RotationLedgers;
import fr.centreisere.concierge.provider.member.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * provider-service's part of ./concierge fill, run into the test store: what it wrote is what the
 * service's own read paths see, consistent with the plan it hands on and with the rotation's rules.
 */
@SpringBootTest(classes = FillApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "concierge.fill.orders=200", "concierge.fill.plan=target/fill-test/provider-plan.jsonl.gz",
        "concierge.fill.catalog-seed=../catalog-service/src/main/resources/seed" })
@ActiveProfiles("fill")
class FillProviderTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @Autowired
    FillProvider fill;
    @Autowired
    Jobs jobs;
    @Autowired
    Places places;
    @Autowired
    RotationLedgers ledgers;
    @Autowired
    Members members;

    @Test
    void aBatchIsWhatTheServiceReadsAndTwoBatchesAddUp() {
        PlanBatch.Planned first = fill.fill(NOW);
        // the places hold for every job the fill wrote: the service's first start must not look for jobs stored
        // before places existed (a read of every job: with 100,000 filled into a new store, the embedded store ran
        // out of memory and provider-service did not start)
        assertThat(places.backfilled()).isTrue();
        FillPlan plan = FillPlan.read(java.nio.file.Path.of("target/fill-test/provider-plan.jsonl.gz"));
        assertThat(plan.orders()).hasSize(200);
        assertThat(plan.residents()).hasSize(25);

        List<Job> stored = jobs.stream(new Jobs.JobQuery(null, null, false, 0, 100)).toList();
        // every planned order has its job, except the one just placed (its dispatch waits for the services)
        long placedOnly = plan.orders().stream().filter(o -> o.events().isEmpty() && o.cancelledAt() == null).count();
        assertThat(placedOnly).isEqualTo(1);
        assertThat(stored).hasSize(199);
        assertThat(stored).extracting(j -> j.state()).contains(JobState.OFFERED, JobState.ACCEPTED, JobState.DONE,
                JobState.CANCELLED);
        for (FillPlan.PlannedOrder order : plan.orders()) {
            jobs.byOrderId(order.orderId()).ifPresent(job -> {
                assertThat(job.order().serviceId()).isEqualTo(order.serviceId());
                assertThat(job.order().communeInsee()).isEqualTo(order.communeInsee());
                assertThat(job.outbox()).extracting(e -> e.eventId())
                        .containsExactlyElementsOf(order.events().stream().map(FillPlan.PlannedEvent::eventId).toList());
                // nothing left for a relay to send
                assertThat(job.undelivered()).isEmpty();
                assertThat(job.undeliveredNotices()).isEmpty();
                if (job.memberId() != null) {
                    // the member really offers the service in the order's commune
                    assertThat(members.byId(job.memberId()).orElseThrow()
                            .canServe(order.serviceId(), order.communeInsee())).isTrue();
                }
            });
        }
        assertPlacesMatchJobs(stored);
        assertLedgersCountTheJobs(stored);
        // the offers still open are in the open offers' due set, which the fill marks complete: they expire
        List<String> offered = stored.stream().filter(j -> j.state() == JobState.OFFERED).map(Job::id).toList();
        assertThat(offered).isNotEmpty();
        assertThat(jobs.withOfferExpiredAt(NOW.plus(java.time.Duration.ofDays(800)), 1_000)).extracting(Job::id)
                .containsExactlyInAnyOrderElementsOf(offered);

        PlanBatch.Planned second = fill.fill(NOW);
        assertThat(second.plan().header().batch()).isEqualTo(first.plan().header().batch() + 1);
        List<Job> both = jobs.stream(new Jobs.JobQuery(null, null, false, 0, 100)).toList();
        assertThat(both).hasSize(398);
        assertThat(both.stream().map(Job::id).distinct()).hasSize(398);
        assertPlacesMatchJobs(both);
        assertLedgersCountTheJobs(both);
    }

    /** Each job that holds a place holds exactly one, no place is held twice, no member over its capacity. */
    private void assertPlacesMatchJobs(List<Job> stored) {
        Map<PlaceKey, Set<String>> expected = new HashMap<>();
        stored.forEach(job -> job.heldPlace().ifPresent(p -> expected.computeIfAbsent(p, k -> new HashSet<>()).add(job.id())));
        Set<String> seen = new HashSet<>();
        Set<String> days = new HashSet<>();
        for (Job job : stored) {
            String serviceId = job.order().serviceId();
            LocalDate day = job.order().slot().date();
            if (!days.add(serviceId + day)) {
                continue;
            }
            places.holders(serviceId, day).forEach((member, held) -> {
                held.forEach(jobId -> assertThat(seen.add(jobId)).as("place held twice by " + jobId).isTrue());
                PlaceKey key = new PlaceKey(member, serviceId, day);
                assertThat(Set.copyOf(held)).isEqualTo(expected.getOrDefault(key, Set.of()));
                int capacity = members.byId(member).orElseThrow().capabilityFor(serviceId).orElseThrow().dailyCapacity();
                assertThat(held.size()).isLessThanOrEqualTo(capacity);
                assertThat(places.held(serviceId, List.of(day)).get(day).get(member)).isEqualTo(held.size());
            });
        }
        assertThat(seen).hasSize(expected.values().stream().mapToInt(Set::size).sum());
    }

    /** A month's ledger counts the jobs its decisions gave (a cancelled job leaves the account). */
    private void assertLedgersCountTheJobs(List<Job> stored) {
        Map<String, Integer> dispatched = new HashMap<>();
        for (Job job : stored) {
            DispatchDecision decision = job.decisions().get(0);
            if (decision.winner() != null && job.state() != JobState.CANCELLED) {
                dispatched.merge(decision.category() + "|" + decision.month(), 1, Integer::sum);
            }
        }
        assertThat(dispatched).isNotEmpty();
        dispatched.forEach((key, count) -> {
            String[] parts = key.split("\\|");
            var ledger = ledgers.of(parts[0], java.time.YearMonth.parse(parts[1]));
            assertThat(ledger.dispatched()).as(key).isEqualTo(count);
            assertThat(ledger.shares().values().stream().mapToInt(s -> s.received()).sum()).as(key).isEqualTo(count);
        });
    }
}
