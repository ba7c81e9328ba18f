package fr.centreisere.concierge.order.orders;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

/**
 * Cancels an order (its customer before the work starts, a coordinator until it is completed); the
 * job is cancelled at provider-service through the outbox, tried at once and retried until it is.
 */
public class CancelOrder {

    private final Orders orders;
    private final DeliverMessages delivery;
    private final Clock clock;

    public CancelOrder(Orders orders, DeliverMessages delivery, Clock clock) {
        this.orders = orders;
        this.delivery = delivery;
        this.clock = clock;
    }

    public Order cancel(Caller caller, String orderId, @Nullable String reason) {
        Order visible = orders.find(orderId).filter(order -> order.isVisibleTo(caller))
                .orElseThrow(() -> new OrderNotFound(orderId));
        OrderChanges.change(orders, visible.id(), order -> order.cancel(caller, reason, clock.instant()));
        delivery.deliverQuietly(orderId);
        return orders.find(orderId).orElseThrow(() -> new OrderNotFound(orderId));
    }
}
