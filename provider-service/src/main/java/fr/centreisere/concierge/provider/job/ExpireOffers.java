package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.Instant;

/**
 * Run by a scheduler: every offer past its expiry expires and the job goes to the next member. Each
 * job moves in one conditional update, so a member accepting at the same moment either wins (the
 * expiry then finds the job changed and leaves it) or finds the offer gone (409).
 */
public class ExpireOffers {

    private final Jobs jobs;
    private final OfferToNext offerToNext;
    private final RelayJobEvents relay;
    private final Clock clock;
    private final JobMeters meters;

    public ExpireOffers(Jobs jobs, OfferToNext offerToNext, RelayJobEvents relay, Clock clock) {
        this(jobs, offerToNext, relay, clock, JobMeters.NONE);
    }

    /** As above, telling {@code meters} of each offer expired. */
    public ExpireOffers(Jobs jobs, OfferToNext offerToNext, RelayJobEvents relay, Clock clock, JobMeters meters) {
        this.meters = meters;
        this.jobs = jobs;
        this.offerToNext = offerToNext;
        this.relay = relay;
        this.clock = clock;
    }

    /** Returns how many offers expired. */
    public int expireDue(int limit) {
        Instant now = clock.instant();
        int expired = 0;
        for (Job job : jobs.withOfferExpiredAt(now, limit)) {
            try {
                job.expire(now);
                offerToNext.moveOn(job);
                expired++;
                meters.offerExpired(job);
            } catch (JobChangedConcurrently | ForbiddenTransition raced) {
                continue;
            }
            relay.relay(job);
        }
        return expired;
    }
}
