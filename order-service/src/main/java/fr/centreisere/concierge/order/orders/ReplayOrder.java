package fr.centreisere.concierge.order.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import fr.centreisere.concierge.order.catalog.ServiceOffer;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.platform.fill.FillPlan;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;

/**
 * A generated order (./concierge fill) made by the order's own rules and transitions: placed as a
 * customer places it (checked against the offer at its moment), then told the job's events in their
 * order and cancelled when the plan says so, each message it sends counted as delivered right away (as
 * the relays would have done long ago). An order whose dispatch has not left yet (no job event planned,
 * not cancelled) keeps it waiting: once the services run, it is dispatched like any other.
 */
public final class ReplayOrder {

    /** Who cancels when a coordinator does: the demo seed's coordinator. */
    public static final String COORDINATOR = "usr-demo-coordinator";

    private ReplayOrder() {
    }

    /**
     * @param companyId the employer billed ({@code billing: COMPANY}), or null
     * @param employerShare what the employer pays, when billed to it
     */
    public static Order of(FillPlan.PlannedOrder planned, ServiceOffer offer, @Nullable String companyId,
            Money employerShare) {
        Slot slot = new Slot(LocalDate.parse(planned.slotDate()), LocalTime.parse(planned.slotFrom()),
                LocalTime.parse(planned.slotTo()));
        Billing billing = companyId == null ? Billing.PERSONAL : Billing.COMPANY;
        OrderRequest request = new OrderRequest(planned.serviceId(), planned.quantity(), planned.communeInsee(),
                new Address(planned.addressLine(), null, planned.postalCode()), slot, null, null, billing);
        CompanyBilling.CompanyCharge charge = companyId == null ? null
                : new CompanyBilling.CompanyCharge(companyId, employerShare);
        Customer customer = new Customer(planned.customerUserId(), planned.customerName());
        Order order = Order.place(planned.orderId(), planned.number(), customer, request, "fill-" + planned.orderId(),
                offer, charge, planned.createdAt());
        boolean dispatched = !planned.events().isEmpty() || planned.cancelledAt() != null;
        order = delivered(order, dispatched);
        for (FillPlan.PlannedEvent e : planned.events()) {
            if (planned.cancelledAt() != null && !e.at().isBefore(planned.cancelledAt())) {
                break;
            }
            JobEvent event = new JobEvent(e.eventId(), JobEventType.valueOf(e.type()), "job-" + planned.orderId(),
                    e.memberId(), e.at(), null, UnassignedReason.ofCode(e.unassignedReason()).orElse(null),
                    e.memberName(), e.hoursWorked(), e.insertionHours());
            order.apply(event, e.at().plusSeconds(1));
            order = delivered(order, true);
        }
        if (planned.cancelledAt() != null) {
            Caller caller = "COORDINATOR".equals(planned.cancelledBy()) ? Caller.coordinator(COORDINATOR)
                    : Caller.resident(planned.customerUserId(), planned.customerName());
            // what a person would type, in their language: their words are never translated
            order.cancel(caller, "COORDINATOR".equals(planned.cancelledBy()) ? "Annulée par la coordination"
                    : "Empêchement", planned.cancelledAt());
            order = delivered(order, true);
        }
        return order;
    }

    /** The same order with its notifications (and, once dispatched, its messages to provider-service) delivered. */
    private static Order delivered(Order o, boolean toProviderToo) {
        List<OutboxMessage> outbox = toProviderToo ? delivered(o.outbox()) : o.outbox();
        return new Order(o.id(), o.number(), o.customer(), o.serviceId(), o.serviceTitle(), o.category(), o.quantity(),
                o.communeInsee(), o.address(), o.slot(), o.notes(), o.phone(), o.billing(), o.companyId(), o.price(),
                o.createdAt(), o.idempotencyKey(), o.requestFingerprint(), o.state(), o.memberId(), o.jobId(),
                o.offeredTo(), o.lastEventAt(), o.lastUnassignedReason(), o.history(), outbox,
                delivered(o.notifications()), o.events(), o.version());
    }

    private static List<OutboxMessage> delivered(List<OutboxMessage> messages) {
        return messages.stream().map(m -> m.settled() ? m : m.delivered(m.createdAt().plusSeconds(1), null)).toList();
    }

    /** When an order's customer placed it, in the territory's time: which month's allowance it uses. */
    public static Instant placedAt(FillPlan.PlannedOrder planned) {
        return planned.createdAt();
    }
}
