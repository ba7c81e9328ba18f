package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * order-service asks for an order to be dispatched: the fair rotation chooses a member, the job is
 * stored OFFERED to it (or UNASSIGNED if nobody is eligible), the decision with it. The same order
 * again gets the same job: the job's id derives from the order id, and the store refuses a second one.
 */
public class DispatchOrder {

    private final Jobs jobs;
    private final LedgerBook ledgers;
    private final Eligibility eligibility;
    private final OfferPolicy policy;
    private final RelayJobEvents relay;
    private final Clock clock;

    public DispatchOrder(Jobs jobs, LedgerBook ledgers, Eligibility eligibility, OfferPolicy policy,
            RelayJobEvents relay, Clock clock) {
        this.jobs = jobs;
        this.ledgers = ledgers;
        this.eligibility = eligibility;
        this.policy = policy;
        this.relay = relay;
        this.clock = clock;
    }

    public Job dispatch(OrderRef order) {
        var existing = jobs.byOrderId(order.orderId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        RotationLedger ledger = ledgers.current(order.category(), RotationLedger.monthOf(now));
        List<Contender> contenders = eligibility.contenders(order, Set.of());
        DispatchDecision decision = FairRotation.decide(ledger, contenders, now);
        Job job = Job.dispatch(order, decision, now, policy.expiresAt(now, order.slot()));
        if (!jobs.insert(job)) {
            return jobs.byOrderId(order.orderId()).orElseThrow();
        }
        if (decision.winner() != null) {
            ledgers.change(decision.category(), decision.month(), l -> l.record(decision));
        }
        relay.relay(job);
        return job;
    }
}
