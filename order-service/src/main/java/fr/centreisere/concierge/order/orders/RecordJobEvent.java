package fr.centreisere.concierge.order.orders;

import java.time.Clock;

/** provider-service reports an outcome of an order's job; the same event twice changes nothing. */
public class RecordJobEvent {

    private final Orders orders;
    private final Clock clock;
    private final CompanyBilling companies;

    public RecordJobEvent(Orders orders, Clock clock) {
        this(orders, clock, CompanyBilling.NONE);
    }

    public RecordJobEvent(Orders orders, Clock clock, CompanyBilling companies) {
        this.orders = orders;
        this.clock = clock;
        this.companies = companies;
    }

    /** @throws OrderNotFound for an order we do not have */
    public Order record(String orderId, JobEvent event) {
        Order order = OrderChanges.changeIf(orders, orderId, o -> o.apply(event, clock.instant()));
        if (order.state() == OrderState.CANCELLED) {
            // provider-service cancelled the job: the employer's share goes back (idempotent, issue 7)
            companies.release(order);
        }
        return order;
    }
}
