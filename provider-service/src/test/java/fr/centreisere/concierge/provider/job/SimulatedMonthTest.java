package fr.centreisere.concierge.provider.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.provider.member.Capability;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;
import fr.centreisere.concierge.provider.member.StructureType;
import fr.centreisere.concierge.provider.support.Api;
import fr.centreisere.concierge.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A simulated month of one category on the real store, through the use cases: 1,000 orders over
 * December, members with agreed weights 1, 2, 3 and 1 and daily capacities, one member that declines
 * half of its offers, offers left to expire, cancellations by customers, a member joining on the
 * 10th, and bursts of 20 orders dispatched at the same moment. The month's table (member, weight,
 * target, got, deviation) is written to {@code target/simulated-month.md}:
 * {@code ./mvnw -pl provider-service test -Dtest=SimulatedMonthTest}.
 */
@SpringBootTest(properties = {"provider.schedules.enabled=false", "concierge.order-service.url=http://127.0.0.1:9"})
@Import({MutableClock.Config.class, Api.Keys.class})
class SimulatedMonthTest {

    private static final Logger log = LoggerFactory.getLogger(SimulatedMonthTest.class);
    private static final String SERVICE = "svc-essai-mois";
    private static final String CATEGORY = "ESSAI_MOIS";
    private static final String COMMUNE = "38563";
    private static final String DECLINER = "mbr-mois-hesitant";
    private static final String NEWCOMER = "mbr-mois-nouveau";

    @Autowired Members members;
    @Autowired MutableClock clock;
    @Autowired DispatchOrder dispatchOrder;
    @Autowired AcceptJob acceptJob;
    @Autowired DeclineJob declineJob;
    @Autowired ExpireOffers expireOffers;
    @Autowired CancelDispatch cancelDispatch;
    @Autowired Jobs jobs;
    @Autowired ViewRotation viewRotation;

    @Test
    void aThousandOrdersInAMonthStayWithinTheirShares() throws Exception {
        clock.set(Instant.parse("2026-12-01T05:00:00Z"));
        member("mbr-mois-atelier", 1, 12);
        member("mbr-mois-regie", 2, 20);
        member("mbr-mois-chantier", 3, 25);
        member(DECLINER, 1, 12);
        Random random = new Random(2026_12);
        Map<String, Integer> refusedTaken = new HashMap<>();
        int orders = 0;
        int declined = 0;
        int expired = 0;
        int cancelled = 0;
        int unassigned = 0;
        double worstDeviation = 0;
        String worstAt = "";
        double worstBeyondAllowance = Double.NEGATIVE_INFINITY;
        String worstBeyondAt = "";
        int cancelledToday = 0;
        int cancelledRecently = 0; // today and yesterday: the day after a cancellation, the turns bring members back
        for (int day = 1; day <= 30 && orders < 1000; day++) {
            if (day == 10) {
                member(NEWCOMER, 2, 15);
            }
            List<String> today = new ArrayList<>();
            int cancelledYesterday = cancelledToday;
            cancelledToday = 0;
            int perDay = day % 7 == 3 ? 53 : 31; // a busy day each week, with a burst
            boolean burst = day % 7 == 3;
            List<OrderRef> wave = new ArrayList<>();
            for (int i = 0; i < perDay && orders < 1000; i++, orders++) {
                wave.add(order("ord-mois-" + orders, LocalDate.of(2026, 12, Math.min(31, day + 2 + random.nextInt(3)))));
            }
            for (Job job : burst ? concurrently(wave) : wave.stream().map(dispatchOrder::dispatch).toList()) {
                today.add(job.id());
            }
            for (String jobId : today) {
                Job job = jobs.byId(jobId).orElseThrow();
                if (job.state() != JobState.OFFERED) {
                    unassigned++;
                    continue;
                }
                String member = job.memberId();
                double roll = random.nextDouble();
                if (member.equals(DECLINER) ? roll < 0.5 : roll < 0.06) {
                    Job next = declineJob.decline(Caller.staffOf("usr-sim", member), jobId, "pas disponible");
                    declined++;
                    if (next.state() == JobState.OFFERED) {
                        refusedTaken.merge(next.memberId(), 1, Integer::sum);
                        acceptJob.accept(Caller.staffOf("usr-sim", next.memberId()), jobId);
                    }
                } else if (roll < 0.10) {
                    expired++; // left unanswered: expires tonight
                } else {
                    acceptJob.accept(Caller.staffOf("usr-sim", member), jobId);
                    if (random.nextDouble() < 0.05) {
                        cancelDispatch.cancel(job.order().orderId(), "le client annule");
                        cancelled++;
                        cancelledToday++;
                    }
                }
            }
            clock.advance(Duration.ofHours(3));
            expireOffers.expireDue(1_000);
            for (String jobId : today) {
                Job job = jobs.byId(jobId).orElseThrow();
                if (job.state() == JobState.OFFERED) {
                    acceptJob.accept(Caller.staffOf("usr-sim", job.memberId()), jobId);
                }
            }
            clock.advance(Duration.ofHours(21));
            cancelledRecently = cancelledYesterday + cancelledToday;
            for (ViewRotation.Row row : month().members()) {
                if (Math.abs(row.deviation()) > worstDeviation) {
                    worstDeviation = Math.abs(row.deviation());
                    worstAt = row.memberId() + " on day " + day;
                }
                double beyond = Math.abs(row.deviation()) - allowance(cancelledRecently);
                if (beyond > worstBeyondAllowance) {
                    worstBeyondAllowance = beyond;
                    worstBeyondAt = String.format(Locale.ROOT, "%s on day %d: deviation %+.2f with %d cancellations that day and the day before",
                            row.memberId(), day, row.deviation(), cancelledRecently);
                }
            }
        }

        ViewRotation.Month month = month();
        StringBuilder table = new StringBuilder("| member | weight | target | got | refused | cancelled | covered refusals | deviation |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ViewRotation.Row row : month.members()) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %d | %d | %d | %d | %+.2f |%n", row.memberId(),
                    row.weight(), row.target(), row.received(), row.refused(), row.cancelled(), row.coveredRefusals(),
                    row.deviation()));
        }
        table.append(String.format(Locale.ROOT, "%n%d orders, %d counted in the rotation, %d declines, %d offers expired, "
                + "%d cancellations, %d unassigned at dispatch; largest |deviation| at the end of any day: %.2f (%s); closest to the allowance: %s%n",
                orders, month.dispatched(), declined, expired, cancelled, unassigned, worstDeviation, worstAt, worstBeyondAt));
        Path report = Path.of("target", "simulated-month.md");
        writeQuietly(report, table.toString());
        log.info("Simulated month ({}):\n{}", report.toAbsolutePath(), table);

        assertThat(orders).isEqualTo(1000);
        assertThat(month.members()).hasSize(5);
        // refusals keep every member within one job of its target at every step (FairRotationTest,
        // DispatchUnderConcurrencyTest); a cancellation takes its job out of the account after the fact, as
        // if it had never been dispatched, which moves every member by less than a job until the next
        // turns bring them back: its own member back by 1 − its accrual, the others ahead by theirs. The
        // bursts are concurrent, so who gets which job, and with it every later draw, differs from run to
        // run: measured over 20 runs, at most 1.96 at the end of a day (4 of the day's 5 cancellations
        // on one member), 2.70 once in CI, the most on a day without cancellations 0.94 — each within the
        // allowance below, which a rotation that drifts would leave within days.
        assertThat(worstBeyondAllowance).as("the end of a day furthest beyond one job plus one per cancellation of that day "
                + "and the day before (%s)", worstBeyondAt).isLessThanOrEqualTo(0);
        for (ViewRotation.Row row : month.members()) {
            assertThat(Math.abs(row.deviation())).as("%s at the end of the month (%d cancellations on its last two days)",
                    row.memberId(), cancelledRecently).isLessThanOrEqualTo(allowance(cancelledRecently));
        }
    }

    /**
     * How far a member may be from its target at the end of a day: a job, and less than one more per
     * cancellation the next day's turns may not have made up yet.
     */
    private static double allowance(int recentCancellations) {
        return 1 + recentCancellations + FairRotation.TIE;
    }

    private ViewRotation.Month month() {
        return viewRotation.of(Caller.coordinator("usr-sim"), CATEGORY, YearMonth.of(2026, 12));
    }

    private List<Job> concurrently(List<OrderRef> wave) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Job>> futures = new ArrayList<>();
            for (OrderRef order : wave) {
                futures.add(pool.submit(() -> dispatchOrder.dispatch(order)));
            }
            List<Job> dispatched = new ArrayList<>();
            for (Future<Job> future : futures) {
                dispatched.add(future.get());
            }
            return dispatched;
        } finally {
            pool.shutdownNow();
        }
    }

    private void member(String id, int weight, int capacity) {
        Member member = Member.register(id, new Member.Profile("Simulation " + id, null, StructureType.EI, null, null,
                COMMUNE), true, Map.of(CATEGORY, weight), clock.instant());
        members.insertIfAbsent(member);
        Member stored = members.get(id);
        stored.replaceCapabilities(List.of(new Capability(SERVICE, Set.of(COMMUNE), capacity)));
        members.update(stored);
    }

    private static OrderRef order(String orderId, LocalDate day) {
        return new OrderRef(orderId, orderId.toUpperCase(Locale.ROOT), SERVICE, CATEGORY, COMMUNE,
                new Slot(day, LocalTime.of(9, 0), LocalTime.of(11, 0)), 1, Money.ofCents(3000), Money.ofCents(240));
    }

    private static void writeQuietly(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            log.warn("could not write {}", file, e);
        }
    }
}
