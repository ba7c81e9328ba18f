package fr.centreisere.concierge.provider.job;

import java.time.Clock;

import fr.centreisere.concierge.provider.member.Caller;

/** Member staff start the job their member accepted. */
public class StartJob {

    private final JobAccess access;
    private final Jobs jobs;
    private final RelayJobEvents relay;
    private final Clock clock;

    public StartJob(JobAccess access, Jobs jobs, RelayJobEvents relay, Clock clock) {
        this.access = access;
        this.jobs = jobs;
        this.relay = relay;
        this.clock = clock;
    }

    public Job start(Caller caller, String jobId) {
        Job job = access.forStaffAction(caller, jobId);
        job.start(caller.memberId(), clock.instant());
        jobs.update(job);
        relay.relay(job);
        return job;
    }
}
