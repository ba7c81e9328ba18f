package fr.centreisere.concierge.order.orders;

import java.time.Clock;

/** A coordinator offers an {@code UNASSIGNED} order to a member of their choice, through provider-service. */
public class ReassignOrder {

    private final Orders orders;
    private final DeliverMessages delivery;
    private final Clock clock;

    public ReassignOrder(Orders orders, DeliverMessages delivery, Clock clock) {
        this.orders = orders;
        this.delivery = delivery;
        this.clock = clock;
    }

    public Order reassign(Caller caller, String orderId, String memberId) {
        Order visible = orders.find(orderId).filter(order -> order.isVisibleTo(caller))
                .orElseThrow(() -> new OrderNotFound(orderId));
        OrderChanges.change(orders, visible.id(), order -> order.reassign(caller, memberId, clock.instant()));
        delivery.deliverQuietly(orderId);
        return orders.find(orderId).orElseThrow(() -> new OrderNotFound(orderId));
    }
}
