package fr.centreisere.concierge.provider.job;

import java.time.Clock;

import fr.centreisere.concierge.provider.member.Caller;

/** Member staff decline the job offered to their member; it goes on to the next member of the ranking. */
public class DeclineJob {

    private final JobAccess access;
    private final OfferToNext offerToNext;
    private final RelayJobEvents relay;
    private final Clock clock;

    public DeclineJob(JobAccess access, OfferToNext offerToNext, RelayJobEvents relay, Clock clock) {
        this.access = access;
        this.offerToNext = offerToNext;
        this.relay = relay;
        this.clock = clock;
    }

    public Job decline(Caller caller, String jobId, String reason) {
        Job job = access.forStaffAction(caller, jobId);
        job.decline(caller.memberId(), reason, clock.instant());
        offerToNext.moveOn(job);
        relay.relay(job);
        return job;
    }
}
