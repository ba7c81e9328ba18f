package fr.centreisere.concierge.order.orders;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.outbox.SendResult;

/**
 * A new order's dispatch, sent by the placing request itself: the insert stores the dispatch already
 * leased to this request ({@link #hold}), the request sends it with the order in hand, and
 * provider-service's answer (the job, the offered member or why nobody) is applied with the message's
 * settlement in one conditional write. So the order is written twice — placed, then offered (or
 * unassigned, or waiting for a retry) — and never read back. If someone changed the order meanwhile,
 * the outcome is settled as a relay would ({@link ApplyProviderOutcome}: read again, then write); if the
 * request dies before that, the lease expires and the outbox's relay sends the dispatch.
 */
public final class DispatchAtOnce {

    /** The outbox's own rules: the lease given to the placing request, and what a send's result becomes. */
    public interface OutboxRules {

        OutboxMessage leased(OutboxMessage pending);

        OutboxMessage settledAfter(OutboxMessage claimed, SendResult result);
    }

    private final Orders orders;
    private final SendToProvider sender;
    private final ApplyProviderOutcome settlement;
    private final OutboxRules rules;
    private final Clock clock;
    private final OrderMeters meters;

    public DispatchAtOnce(Orders orders, SendToProvider sender, ApplyProviderOutcome settlement, OutboxRules rules,
            Clock clock) {
        this(orders, sender, settlement, rules, clock, OrderMeters.NONE);
    }

    /** As above, telling {@code meters} of the answer's write (the dispatch's first outcome, most of the time). */
    public DispatchAtOnce(Orders orders, SendToProvider sender, ApplyProviderOutcome settlement, OutboxRules rules,
            Clock clock, OrderMeters meters) {
        this.meters = meters;
        this.orders = orders;
        this.sender = sender;
        this.settlement = settlement;
        this.rules = rules;
        this.clock = clock;
    }

    /** Leases the new order's dispatch to this request, before its insert. */
    public Optional<OutboxMessage> hold(Order placed) {
        return placed.holdDispatch(rules::leased);
    }

    /**
     * Sends the dispatch held in the stored order and writes its outcome.
     *
     * @return the order as written after the answer (or as stored when nothing was held)
     */
    public Order send(Order stored, Optional<OutboxMessage> held) {
        if (held.isEmpty()) {
            return stored;
        }
        OutboxMessage claimed = held.get();
        OutboxMessage settled;
        try {
            settled = rules.settledAfter(claimed, sender.send(stored, claimed));
        } catch (RuntimeException unexpected) {
            // the lease expires and a round sends it: the order is placed whatever happens here
            return stored;
        }
        try {
            List<java.time.LocalDate> nextDays = settlement.nextDaysWithRoom(stored, settled);
            OrderState before = stored.state();
            if (!stored.settle(settled, clock.instant(), nextDays)) {
                return stored;
            }
            Order written = orders.update(stored);
            meters.changed(before, written);
            return written;
        } catch (Orders.ConcurrentChange changedMeanwhile) {
            settlement.settle(stored.id(), claimed, settled);
            return orders.find(stored.id()).orElse(stored);
        } catch (RuntimeException databaseAway) {
            return stored; // the lease expires and a round sends it again; provider-service answers the same
        }
    }
}
