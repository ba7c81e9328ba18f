package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.util.Optional;

/**
 * order-service cancelled the order: its job is cancelled (twice is fine), the member's place is
 * given back, and the job is given back to that member in the rotation (a cancellation costs it no work).
 */
public class CancelDispatch {

    private final Jobs jobs;
    private final Places places;
    private final Turns turns;
    private final Clock clock;

    public CancelDispatch(Jobs jobs, Places places, Turns turns, Clock clock) {
        this.jobs = jobs;
        this.places = places;
        this.turns = turns;
        this.clock = clock;
    }

    public Job cancel(String orderId, String reason) {
        return cancel(orderId, reason, MemberNotice.Actor.SYSTEM);
    }

    /** {@code by}: who cancelled the order (told to the member that was offered it or had accepted it). */
    public Job cancel(String orderId, String reason, MemberNotice.Actor by) {
        Job job = jobs.byOrderId(orderId).orElseThrow(() -> JobNotFound.forOrder(orderId));
        Optional<PlaceKey> place = job.heldPlace();
        LedgerCorrection givenBack = LedgerCorrection.forHolder(job, LedgerCorrection.Kind.CANCELLED);
        if (job.cancel(reason, by, clock.instant())) {
            jobs.update(job);
            place.ifPresent(p -> places.giveBack(p, job.id()));
            turns.correct(givenBack);
        }
        return job;
    }
}
