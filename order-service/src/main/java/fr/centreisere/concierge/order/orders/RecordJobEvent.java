package fr.centreisere.concierge.order.orders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.centreisere.concierge.order.availability.Availability;
import org.jspecify.annotations.Nullable;

/** provider-service reports an outcome of an order's job; the same event twice changes nothing. */
public class RecordJobEvent {

    private final Orders orders;
    private final Clock clock;
    private final CompanyBilling companies;
    private final @Nullable RoomOnTheDay room;
    private final OrderMeters meters;

    public RecordJobEvent(Orders orders, Clock clock) {
        this(orders, clock, CompanyBilling.NONE);
    }

    public RecordJobEvent(Orders orders, Clock clock, CompanyBilling companies) {
        this(orders, clock, companies, null);
    }

    /** With the availability, an unassigned order's customer is told the next days with room. */
    public RecordJobEvent(Orders orders, Clock clock, CompanyBilling companies, @Nullable Availability availability) {
        this(orders, clock, companies, availability, OrderMeters.NONE);
    }

    /** As above, telling {@code meters} of each write (an order left unassigned by its job, mostly). */
    public RecordJobEvent(Orders orders, Clock clock, CompanyBilling companies, @Nullable Availability availability,
            OrderMeters meters) {
        this.meters = meters;
        this.orders = orders;
        this.clock = clock;
        this.companies = companies;
        this.room = availability == null ? null : new RoomOnTheDay(availability);
    }

    /** @throws OrderNotFound for an order we do not have */
    public Order record(String orderId, JobEvent event) {
        List<LocalDate> nextDays = event.type() == JobEventType.UNASSIGNED && room != null
                ? orders.find(orderId).map(o -> room.nextDaysWithRoom(o, clock.instant())).orElse(List.of())
                : List.of();
        OrderState[] before = new OrderState[1];
        Order order = OrderChanges.changeIf(orders, orderId, o -> {
            before[0] = o.state();
            return o.apply(event, clock.instant(), nextDays);
        });
        if (before[0] != null) {
            meters.changed(before[0], order);
        }
        if (order.state() == OrderState.CANCELLED) {
            // provider-service cancelled the job: the employer's share goes back (idempotent, issue 7)
            companies.release(order);
        }
        return order;
    }
}
