package fr.centreisere.concierge.provider.job;

import java.util.stream.Stream;

import fr.centreisere.concierge.platform.page.Page;
import fr.centreisere.concierge.provider.member.AccessDenied;
import fr.centreisere.concierge.provider.member.Caller;

/** Lists and reads jobs as the caller may see them. */
public class ViewJobs {

    private final Jobs jobs;
    private final JobAccess access;

    public ViewJobs(Jobs jobs, JobAccess access) {
        this.jobs = jobs;
        this.access = access;
    }

    /** Member staff: their member's current jobs; coordinators: every job, or one member's. */
    public Page<Job> list(Caller caller, JobState state, String memberFilter, int page, int size) {
        return list(caller, state, memberFilter, false, page, size);
    }

    /** As above; {@code troubled} (coordinators only): jobs whose outcomes order-service refused or did not take. */
    public Page<Job> list(Caller caller, JobState state, String memberFilter, boolean troubled, int page,
            int size) {
        return list(caller, new Jobs.JobQuery(memberFilter, state, troubled, page, size));
    }

    /** As above, with every filter of the query (commune, slot days: issue 14); the member is forced for staff. */
    public Page<Job> list(Caller caller, Jobs.JobQuery asked) {
        return jobs.find(visible(caller, asked));
    }

    /** Every job of the query the caller may see, by slot, for an export (page and size not read): close the stream. */
    public Stream<Job> all(Caller caller, Jobs.JobQuery asked) {
        return jobs.stream(visible(caller, asked));
    }

    private static Jobs.JobQuery visible(Caller caller, Jobs.JobQuery asked) {
        boolean troubled = asked.troubled();
        String memberFilter = asked.memberId();
        if (troubled) {
            caller.requireCoordinator();
        }
        String member;
        if (caller.coordinator()) {
            member = memberFilter;
        } else if (caller.memberId() != null) {
            member = caller.memberId();
        } else {
            throw new AccessDenied("access.staff-or-coordinators");
        }
        return new Jobs.JobQuery(member, asked.state(), troubled, asked.communeInsee(), asked.from(),
                asked.to(), asked.page(), asked.size());
    }

    public Job get(Caller caller, String jobId) {
        return access.visibleTo(caller, jobId);
    }

    public Job decisions(Caller caller, String jobId) {
        return access.decisionsVisibleTo(caller, jobId);
    }
}
