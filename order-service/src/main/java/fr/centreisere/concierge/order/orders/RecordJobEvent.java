package fr.centreisere.concierge.order.orders;

import java.time.Clock;

/** provider-service reports an outcome of an order's job; the same event twice changes nothing. */
public class RecordJobEvent {

    private final Orders orders;
    private final Clock clock;

    public RecordJobEvent(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** @throws OrderNotFound for an order we do not have */
    public Order record(String orderId, JobEvent event) {
        return OrderChanges.changeIf(orders, orderId, order -> order.apply(event, clock.instant()));
    }
}
