package fr.centreisere.concierge.provider.impact;

import fr.centreisere.concierge.platform.i18n.LocalizedException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.member.Caller;

/**
 * Coordinators: the jobs of a period of slot days (inclusive; default the current month of the territory)
 * counted in the database, with the hours of their completion reports: the list {@code GET /api/jobs}
 * with the same filters counts the same jobs (issue 14).
 */
public class ReportJobs {

    private static final ZoneId TERRITORY = ZoneId.of("Europe/Paris");
    static final int MAX_DAYS = 400;

    private final Jobs jobs;
    private final Clock clock;

    public ReportJobs(Jobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    public record JobReport(LocalDate from, LocalDate to, Jobs.JobQuery query, Jobs.JobTally tally) {
    }

    /** A bad filter (400 on {@code to}): unlike the impact report's 422, a report's filters are syntax. */
    public static class BadPeriod extends LocalizedException {
        public BadPeriod(String code, Object... args) {
            super(code, args);
        }
    }

    /** @throws BadPeriod when the period ends before it starts or is longer than 400 days */
    public JobReport of(Caller caller, JobState state, String communeInsee, String memberId, LocalDate from,
            LocalDate to) {
        caller.requireCoordinator();
        LocalDate today = LocalDate.now(clock.withZone(TERRITORY));
        LocalDate start = from != null ? from : to != null ? to.withDayOfMonth(1) : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : start.withDayOfMonth(start.lengthOfMonth());
        if (end.isBefore(start)) {
            throw new BadPeriod("period.ends-before-start");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new BadPeriod("period.too-long", MAX_DAYS);
        }
        Jobs.JobQuery query = new Jobs.JobQuery(memberId, state, false, communeInsee, start, end, 0, 1);
        return new JobReport(start, end, query, jobs.count(query));
    }
}
