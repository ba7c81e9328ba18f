package fr.centreisere.concierge.order.orders;

import java.time.Clock;
import java.time.Instant;

import fr.centreisere.concierge.order.availability.Availability;
import fr.centreisere.concierge.order.catalog.Catalog;
import fr.centreisere.concierge.order.catalog.ServiceOffer;

/**
 * Its customer or a coordinator moves an {@code UNASSIGNED} order to another slot (issue 11), under the
 * rules of placing: the slot's rules with the catalog's lead time (catalog down: 503, nothing changed),
 * a day with room (409 {@link DayFull}; provider-service silent: accepted), and for an order billed to a
 * company a contract valid on the new day. The employer's share stays where it was reserved: the cap
 * month is the month the order was placed in (issue 7), which a new slot does not change. The order
 * is dispatched again through the outbox, tried at once.
 */
public class RescheduleOrder {

    private final Orders orders;
    private final Catalog catalog;
    private final RoomOnTheDay room;
    private final CompanyBilling companies;
    private final SendMessages delivery;
    private final Clock clock;

    public RescheduleOrder(Orders orders, Catalog catalog, Availability availability, CompanyBilling companies,
            SendMessages delivery, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.room = new RoomOnTheDay(availability);
        this.companies = companies;
        this.delivery = delivery;
        this.clock = clock;
    }

    public Order reschedule(Caller caller, String orderId, Slot to) {
        Order visible = orders.find(orderId).filter(order -> order.isVisibleTo(caller))
                .orElseThrow(() -> new OrderNotFound(orderId));
        // who and when first: no other service is asked for an order that cannot move
        visible.checkMayReschedule(caller);
        ServiceOffer offer = catalog.offer(visible.serviceId(), visible.communeInsee())
                .orElseThrow(() -> new OrderRefused("order.service-no-longer-in-catalog", visible.serviceId()));
        Instant now = clock.instant();
        Order.checkSlot(to, offer.leadTimeHours(), now);
        room.check(visible.serviceId(), visible.communeInsee(), to, offer.leadTimeHours(), now);
        if (visible.billing() == Billing.COMPANY && visible.companyId() != null) {
            companies.checkContractCovers(visible.companyId(), visible.category(), to.date());
        }
        OrderChanges.change(orders, visible.id(), order -> order.reschedule(caller, to, clock.instant()));
        delivery.now(orderId);
        return orders.find(orderId).orElseThrow(() -> new OrderNotFound(orderId));
    }
}
