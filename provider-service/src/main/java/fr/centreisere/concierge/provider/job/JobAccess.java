package fr.centreisere.concierge.provider.job;

import fr.centreisere.concierge.provider.member.AccessDenied;
import fr.centreisere.concierge.provider.member.Caller;

/**
 * Who may see and handle a job: coordinators see every job; member staff see the jobs offered to their
 * member (now or before) and nothing else — another member's job is answered as not found.
 */
public class JobAccess {

    private final Jobs jobs;

    public JobAccess(Jobs jobs) {
        this.jobs = jobs;
    }

    public Job visibleTo(Caller caller, String jobId) {
        Job job = jobs.byId(jobId).orElseThrow(() -> new JobNotFound(jobId));
        if (caller.coordinator() || (caller.memberId() != null && job.wasOfferedTo(caller.memberId()))) {
            return job;
        }
        throw new JobNotFound(jobId);
    }

    /** The job's dispatch decisions: coordinators, and the staff of every member offered the job or considered for it. */
    public Job decisionsVisibleTo(Caller caller, String jobId) {
        Job job = jobs.byId(jobId).orElseThrow(() -> new JobNotFound(jobId));
        if (caller.coordinator() || (caller.memberId() != null && job.concerns(caller.memberId()))) {
            return job;
        }
        throw new JobNotFound(jobId);
    }

    /** For an action of the member's own staff (accept, decline, start, complete). */
    public Job forStaffAction(Caller caller, String jobId) {
        if (caller.memberId() == null) {
            throw new AccessDenied("access.member-staff-only");
        }
        return visibleTo(caller, jobId);
    }
}
