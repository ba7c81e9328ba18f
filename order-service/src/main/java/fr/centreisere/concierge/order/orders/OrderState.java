package fr.centreisere.concierge.order.orders;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an order, and every transition it allows, written down in one place:
 * <pre>
 * PLACED ──► DISPATCHING ──► ASSIGNED ──► IN_PROGRESS ──► COMPLETED
 *   │  ╲         │  ▲ (re-offer)  │             │
 *   │   ╲        ▼  │             │             │
 *   │    ──► UNASSIGNED ─(reassign)─► DISPATCHING
 *   └──────────┴──────────┴─────────┴──────────►  CANCELLED (any state before COMPLETED)
 * </pre>
 * An {@code ACCEPTED} job may reach an order that has not yet heard of the offer (messages cross),
 * so {@code PLACED} and {@code UNASSIGNED} may go straight to {@code ASSIGNED}.
 */
public enum OrderState {
    PLACED,
    DISPATCHING,
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED,
    UNASSIGNED;

    private static final Map<OrderState, Set<OrderState>> ALLOWED = Map.of(
            PLACED, EnumSet.of(DISPATCHING, ASSIGNED, UNASSIGNED, CANCELLED),
            DISPATCHING, EnumSet.of(DISPATCHING, ASSIGNED, UNASSIGNED, CANCELLED),
            ASSIGNED, EnumSet.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, EnumSet.of(COMPLETED, CANCELLED),
            UNASSIGNED, EnumSet.of(DISPATCHING, ASSIGNED, CANCELLED),
            COMPLETED, EnumSet.noneOf(OrderState.class),
            CANCELLED, EnumSet.noneOf(OrderState.class));

    public boolean canMoveTo(OrderState next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }

    /** Whether the customer may still cancel on their own (before the work starts). */
    public boolean cancellableByCustomer() {
        return this == PLACED || this == DISPATCHING || this == ASSIGNED || this == UNASSIGNED;
    }
}
