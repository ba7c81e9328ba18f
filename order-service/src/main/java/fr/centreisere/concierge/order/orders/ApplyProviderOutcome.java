package fr.centreisere.concierge.order.orders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.outbox.Settlement;

/**
 * Writes what became of an order's message to provider-service in the same write as what it does to
 * the order (a dispatch's answer or refusal changes its state, and may tell the customer): read the
 * order, {@link Order#settle}, write conditionally, redo on a concurrent change. When the order would
 * become {@code UNASSIGNED}, the next days with room are asked first, for the customer's notification.
 */
public final class ApplyProviderOutcome implements Settlement {

    private final Orders orders;
    private final RoomOnTheDay room;
    private final Clock clock;
    private final OrderMeters meters;

    public ApplyProviderOutcome(Orders orders, fr.centreisere.concierge.order.availability.Availability availability,
            Clock clock) {
        this(orders, availability, clock, OrderMeters.NONE);
    }

    /** As above, telling {@code meters} of each write (a dispatch sent by a relay has its first outcome here). */
    public ApplyProviderOutcome(Orders orders, fr.centreisere.concierge.order.availability.Availability availability,
            Clock clock, OrderMeters meters) {
        this.meters = meters;
        this.orders = orders;
        this.room = new RoomOnTheDay(availability);
        this.clock = clock;
    }

    @Override
    public void settle(String orderId, OutboxMessage claimed, OutboxMessage settled) {
        List<LocalDate> nextDays = leavesUnassigned(settled)
                ? orders.find(orderId).map(order -> nextDaysWithRoom(order, settled)).orElse(List.of())
                : List.of();
        try {
            OrderState[] before = new OrderState[1];
            Order after = OrderChanges.changeIf(orders, orderId, order -> {
                before[0] = order.state();
                return order.settle(settled, clock.instant(), nextDays);
            });
            if (before[0] != null) {
                meters.changed(before[0], after);
            }
        } catch (Orders.ConcurrentChange | OrderNotFound stillBusy) {
            // left claimed: the lease expires and the message is looked at again; provider-service is idempotent
        }
    }

    /** The next days with room, asked only when {@code settled} leaves the order unassigned (for its customer). */
    List<LocalDate> nextDaysWithRoom(Order order, OutboxMessage settled) {
        return leavesUnassigned(settled) ? room.nextDaysWithRoom(order, clock.instant()) : List.of();
    }

    private boolean leavesUnassigned(OutboxMessage settled) {
        if (settled.givenUp()) {
            return ProviderMessages.kindOf(settled) == ProviderMessages.Kind.DISPATCH;
        }
        Optional<JobEvent> answer = settled.delivered() ? ProviderMessages.answerOf(settled, clock.instant())
                : Optional.empty();
        return answer.map(event -> event.type() == JobEventType.UNASSIGNED).orElse(false);
    }
}
