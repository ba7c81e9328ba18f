package fr.centreisere.concierge.provider.job;

import java.time.Clock;

import fr.centreisere.concierge.provider.member.Caller;

/** Member staff accept the job offered to their member. Of two accepting at once, exactly one wins. */
public class AcceptJob {

    private final JobAccess access;
    private final Jobs jobs;
    private final RelayJobEvents relay;
    private final Clock clock;

    public AcceptJob(JobAccess access, Jobs jobs, RelayJobEvents relay, Clock clock) {
        this.access = access;
        this.jobs = jobs;
        this.relay = relay;
        this.clock = clock;
    }

    public Job accept(Caller caller, String jobId) {
        Job job = access.forStaffAction(caller, jobId);
        job.accept(caller.memberId(), clock.instant());
        jobs.update(job);
        relay.relay(job);
        return job;
    }
}
