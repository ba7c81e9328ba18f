package fr.centreisere.concierge.order.orders;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

/**
 * Cancels an order (its customer before the work starts, a coordinator until it is completed); the
 * job is cancelled at provider-service through the outbox, tried at once and retried until it is. An
 * order billed to a company gives the employer's share back to the employee's monthly allowance.
 */
public class CancelOrder {

    private final Orders orders;
    private final SendMessages delivery;
    private final Clock clock;
    private final CompanyBilling companies;

    public CancelOrder(Orders orders, SendMessages delivery, Clock clock) {
        this(orders, delivery, clock, CompanyBilling.NONE);
    }

    public CancelOrder(Orders orders, SendMessages delivery, Clock clock, CompanyBilling companies) {
        this.orders = orders;
        this.delivery = delivery;
        this.clock = clock;
        this.companies = companies;
    }

    public Order cancel(Caller caller, String orderId, @Nullable String reason) {
        Order visible = orders.find(orderId).filter(order -> order.isVisibleTo(caller))
                .orElseThrow(() -> new OrderNotFound(orderId));
        Order cancelled = OrderChanges.change(orders, visible.id(), order -> order.cancel(caller, reason, clock.instant()));
        // a cancelled order never counts against the employee's monthly allowance (issue 7)
        companies.release(cancelled);
        delivery.now(orderId);
        return orders.find(orderId).orElseThrow(() -> new OrderNotFound(orderId));
    }
}
