package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * order-service asks for an order to be dispatched: the rotation plays one turn (the winner's place
 * taken, the decision recorded), the job is stored OFFERED to the winner, or UNASSIGNED with the
 * reason when nobody may take it. The same order again gets the same job: the job's id derives from
 * the order id, and the store refuses a second one (the turn played for the loser is taken back). The
 * outcome goes back in the answer only (issue 15): its job event is stored as delivered, not sent; later
 * changes (accept, decline, expiry…) are sent as events.
 */
public class DispatchOrder {

    private final Jobs jobs;
    private final Turns turns;
    private final OfferPolicy policy;
    private final Clock clock;

    public DispatchOrder(Jobs jobs, Turns turns, OfferPolicy policy, Clock clock) {
        this.jobs = jobs;
        this.turns = turns;
        this.policy = policy;
        this.clock = clock;
    }

    public Job dispatch(OrderRef order) {
        var existing = jobs.byOrderId(order.orderId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        String jobId = Job.idFor(order.orderId());
        DispatchDecision decision = turns.play(order, jobId, Set.of(), LedgerCorrection.NONE, now);
        Job job = Job.dispatch(order, decision, now, policy.expiresAt(now, order.slot()),
                UnassignedReason.of(decision, List.of()));
        if (!jobs.insert(job)) {
            // a concurrent dispatch of the same order stored its job first: ours is taken back, its place kept
            Job stored = jobs.byOrderId(order.orderId()).orElseThrow();
            boolean samePlace = stored.heldPlace().equals(job.heldPlace());
            turns.takeBack(decision, order, jobId, LedgerCorrection.NONE, samePlace);
            return stored;
        }
        // nothing to relay: the answer carries the outcome (a call back into order-service, which is
        // waiting for this answer, would only write the same order twice)
        return job;
    }
}
