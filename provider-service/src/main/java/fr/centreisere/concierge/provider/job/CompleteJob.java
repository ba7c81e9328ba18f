package fr.centreisere.concierge.provider.job;

import java.time.Clock;

import fr.centreisere.concierge.provider.member.Caller;

/** Member staff complete the job and report the hours worked, of which insertion hours. */
public class CompleteJob {

    private final JobAccess access;
    private final Jobs jobs;
    private final RelayJobEvents relay;
    private final Clock clock;

    public CompleteJob(JobAccess access, Jobs jobs, RelayJobEvents relay, Clock clock) {
        this.access = access;
        this.jobs = jobs;
        this.relay = relay;
        this.clock = clock;
    }

    public Job complete(Caller caller, String jobId, double hoursWorked, double insertionHours, String note) {
        Job job = access.forStaffAction(caller, jobId);
        job.complete(caller.memberId(), hoursWorked, insertionHours, note, clock.instant());
        jobs.update(job);
        relay.relay(job);
        return job;
    }
}
