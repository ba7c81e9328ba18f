package fr.centreisere.concierge.order.orders;

import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import fr.centreisere.concierge.platform.outbox.StuckMessage;

/**
 * What coordinators should look at (their daily summary, issue 13): the orders left {@code UNASSIGNED},
 * and the messages to other services that keep failing or were given up, from every outbox of
 * order-service (orders' dispatches and notifications, memberships' notifications).
 */
public class ReportAttention {

    /** At most this many of each, the oldest first: a summary, not an export. */
    public static final int LIMIT = 200;

    public record Report(List<Order> unassignedOrders, List<StuckMessage> stuckMessages) {
    }

    private final Orders orders;
    private final IntFunction<List<StuckMessage>> stuckMessages;

    /** @param stuckMessages the messages needing attention, at most the given number */
    public ReportAttention(Orders orders, IntFunction<List<StuckMessage>> stuckMessages) {
        this.orders = orders;
        this.stuckMessages = stuckMessages;
    }

    public Report report() {
        List<Order> unassigned = orders.list(new OrderQuery(null, OrderState.UNASSIGNED, null, null, null, null,
                false), 0, LIMIT).content().stream()
                .sorted(Comparator.comparing((Order order) -> order.slot().date()).thenComparing(Order::number))
                .toList();
        List<StuckMessage> stuck = stuckMessages.apply(LIMIT).stream()
                .sorted(Comparator.comparing(StuckMessage::since)).limit(LIMIT).toList();
        return new Report(unassigned, stuck);
    }
}
