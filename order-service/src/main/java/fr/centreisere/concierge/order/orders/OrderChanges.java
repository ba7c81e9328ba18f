package fr.centreisere.concierge.order.orders;

import java.util.function.Consumer;

/** Read, change, write conditionally; on a concurrent change, read again and redo (a few times). */
final class OrderChanges {

    private static final int ATTEMPTS = 5;

    private OrderChanges() {
    }

    static Order change(Orders orders, String orderId, Consumer<Order> change) {
        Orders.ConcurrentChange last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Order order = orders.find(orderId).orElseThrow(() -> new OrderNotFound(orderId));
            change.accept(order);
            try {
                return orders.update(order);
            } catch (Orders.ConcurrentChange conflict) {
                last = conflict;
            }
        }
        throw last;
    }
}
