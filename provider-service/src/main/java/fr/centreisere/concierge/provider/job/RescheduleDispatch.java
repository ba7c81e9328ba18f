package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.Instant;

/**
 * The customer moved an unassigned order to another slot (relayed by order-service): the job takes
 * the new slot and the rotation plays a new turn for it; members that refused this order stay out.
 */
public class RescheduleDispatch {

    private final Jobs jobs;
    private final Turns turns;
    private final OfferPolicy policy;
    private final RelayJobEvents relay;
    private final Clock clock;

    public RescheduleDispatch(Jobs jobs, Turns turns, OfferPolicy policy, RelayJobEvents relay, Clock clock) {
        this.jobs = jobs;
        this.turns = turns;
        this.policy = policy;
        this.relay = relay;
        this.clock = clock;
    }

    public Job reschedule(String orderId, Slot slot) {
        Job job = jobs.byOrderId(orderId).orElseThrow(() -> JobNotFound.forOrder(orderId));
        if (job.state() != JobState.UNASSIGNED && job.order().slot().equals(slot)) {
            return job; // the same request again, already dispatched
        }
        Instant now = clock.instant();
        job.reschedule(slot, now);
        DispatchDecision decision = turns.play(job.order(), job.id(), job.refusedBy(), LedgerCorrection.NONE, now);
        if (decision.winner() != null) {
            job.offerTo(decision, now, policy.expiresAt(now, slot));
        } else {
            job.stillUnassigned(decision, UnassignedReason.of(decision, job.offers()), now);
        }
        try {
            jobs.update(job);
        } catch (JobChangedConcurrently raced) {
            turns.takeBack(decision, job.order(), job.id(), LedgerCorrection.NONE);
            throw raced;
        }
        relay.relay(job);
        return job;
    }
}
