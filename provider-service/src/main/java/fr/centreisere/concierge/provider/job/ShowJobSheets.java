package fr.centreisere.concierge.provider.job;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import fr.centreisere.concierge.provider.member.AccessDenied;
import fr.centreisere.concierge.provider.member.Caller;

/**
 * Adds the visit to the jobs a caller reads, when they may see it: the job is accepted, in progress or
 * done, and the caller is a coordinator or the staff of the member holding it now (never for an offer,
 * never for a member the job was offered to before). Also the day sheet: a member's accepted and started
 * jobs of one day, by slot.
 */
public class ShowJobSheets {

    private final Jobs jobs;
    private final Visits visits;

    public ShowJobSheets(Jobs jobs, Visits visits) {
        this.jobs = jobs;
        this.visits = visits;
    }

    public JobSheet of(Caller caller, Job job) {
        if (!job.showsVisitTo(caller)) {
            return JobSheet.withoutVisit(job);
        }
        return visits.of(job.order().orderId(), job.memberId())
                .map(visit -> new JobSheet(job, visit, false))
                .orElseGet(() -> new JobSheet(job, null, true));
    }

    public List<JobSheet> of(Caller caller, List<Job> found) {
        return found.stream().map(job -> of(caller, job)).toList();
    }

    /** The day sheet: a member's staff, their own member; a coordinator, the member asked for. */
    public DaySheet daySheet(Caller caller, String memberFilter, LocalDate day) {
        String member;
        if (caller.coordinator() && memberFilter != null) {
            member = memberFilter;
        } else if (caller.memberId() != null) {
            member = caller.memberId();
        } else {
            throw new AccessDenied("job.day-sheet.member-needed");
        }
        List<JobSheet> sheets = jobs.acceptedBetween(member, day, day).stream()
                .sorted(Comparator.comparing((Job j) -> j.order().slot().from()).thenComparing(Job::id))
                .map(job -> of(caller, job))
                .toList();
        return new DaySheet(member, day, sheets);
    }

    public record DaySheet(String memberId, LocalDate date, List<JobSheet> jobs) {
    }
}
