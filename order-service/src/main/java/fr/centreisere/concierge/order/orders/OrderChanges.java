package fr.centreisere.concierge.order.orders;

import java.util.function.Consumer;

/** Read, change, write conditionally; on a concurrent change, read again and redo (a few times). */
final class OrderChanges {

    private static final int ATTEMPTS = 5;

    private OrderChanges() {
    }

    static Order change(Orders orders, String orderId, Consumer<Order> change) {
        return changeIf(orders, orderId, order -> {
            change.accept(order);
            return true;
        });
    }

    /** As {@link #change}, writing only when {@code change} says the order changed. */
    static Order changeIf(Orders orders, String orderId, java.util.function.Predicate<Order> change) {
        Orders.ConcurrentChange last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Order order = orders.find(orderId).orElseThrow(() -> new OrderNotFound(orderId));
            if (!change.test(order)) {
                return order;
            }
            try {
                return orders.update(order);
            } catch (Orders.ConcurrentChange conflict) {
                last = conflict;
            }
        }
        throw last;
    }
}
