package fr.centreisere.concierge.provider.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.platform.page.Page;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.Jobs_;
import fr.centreisere.concierge.provider.member.AccessDenied;
import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;
import org.junit.jupiter.api.Test;

class ReportImpactTest {

    /** Only what the report reads: completed jobs in a time range, as the store answers. */
    static final class DoneJobs implements Jobs {
        final List<Job> done = new ArrayList<>();
        Instant askedFrom;
        Instant askedTo;

        @Override public List<Job> acceptedBetween(String memberId, java.time.LocalDate from, java.time.LocalDate to) { return List.of(); }
        @Override public List<Job> completedBetween(Instant from, Instant to) {
            askedFrom = from;
            askedTo = to;
            return done.stream().filter(j -> {
                Instant at = j.report().orElseThrow().completedAt();
                return !at.isBefore(from) && at.isBefore(to);
            }).toList();
        }
        @Override public Optional<Job> byId(String id) { throw new UnsupportedOperationException(); }
        @Override public List<Job> holdingPlacesFrom(java.time.LocalDate day) { throw new UnsupportedOperationException(); }
        @Override public Optional<Job> byOrderId(String orderId) { throw new UnsupportedOperationException(); }
        @Override public boolean insert(Job job) { throw new UnsupportedOperationException(); }
        @Override public void update(Job job) { throw new UnsupportedOperationException(); }
        @Override public Page<Job> find(JobQuery query) { throw new UnsupportedOperationException(); }
        @Override public JobTally count(JobQuery query) { throw new UnsupportedOperationException(); }
        @Override public List<Job> withOfferExpiredAt(Instant now, int limit) { throw new UnsupportedOperationException(); }
        @Override public List<Job> withOfferReminderDueAt(Instant now, int limit) { throw new UnsupportedOperationException(); }
    }

    static final class NoMembers implements Members {
        @Override public Optional<Member> byId(String id) { return Optional.empty(); }
        @Override public List<Member> all() { return List.of(); }
        @Override public List<Member> ableToServe(String s, String c) { return List.of(); }
        @Override public boolean insertIfAbsent(Member member) { return false; }
        @Override public void update(Member member) { }
    }

    private static Job doneBy(String orderId, String member, double hours, double insertion, Instant at) {
        Job job = Jobs_.dispatch(Jobs_.order(orderId), Jobs_.rotation(at, member), at, at.plusSeconds(60));
        job.accept(member, at);
        job.start(member, at);
        job.complete(member, hours, insertion, null, at);
        return job;
    }

    private final DoneJobs jobs = new DoneJobs();
    private final ReportImpact report = new ReportImpact(jobs, new NoMembers());

    @Test
    void sumsJobsHoursRevenueAndCommissionPerMemberOverTheTerritorysDays() {
        jobs.done.add(doneBy("o1", "mbr-a", 2, 1.5, Instant.parse("2026-12-01T08:00:00Z")));
        jobs.done.add(doneBy("o2", "mbr-a", 3, 0, Instant.parse("2026-12-31T22:30:00Z"))); // 31 Dec 23:30 Paris
        jobs.done.add(doneBy("o3", "mbr-b", 1, 1, Instant.parse("2026-12-10T10:00:00Z")));
        jobs.done.add(doneBy("o4", "mbr-b", 1, 1, Instant.parse("2026-12-31T23:30:00Z"))); // 1 Jan in Paris

        ReportImpact.Impact impact = report.between(Caller.coordinator("usr-c"), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31));

        assertThat(jobs.askedFrom).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(jobs.askedTo).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
        assertThat(impact.members()).extracting(ReportImpact.MemberImpact::memberId).containsExactly("mbr-a", "mbr-b");
        ReportImpact.MemberImpact a = impact.members().get(0);
        assertThat(a.jobsDone()).isEqualTo(2);
        assertThat(a.hoursWorked()).isEqualTo(5);
        assertThat(a.insertionHours()).isEqualTo(1.5);
        assertThat(a.revenue().cents()).isEqualTo(9000);
        assertThat(a.commission().cents()).isEqualTo(720);
        assertThat(impact.total().jobsDone()).isEqualTo(3);
        assertThat(impact.total().revenue().cents()).isEqualTo(13500);
    }

    @Test
    void onlyCoordinatorsReadTheImpactAndPeriodsMustBeInOrder() {
        assertThatThrownBy(() -> report.between(Caller.staffOf("usr-s", "mbr-a"), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> report.between(Caller.coordinator("usr-c"), LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 1))).isInstanceOf(ReportImpact.InvalidPeriod.class);
    }
}
