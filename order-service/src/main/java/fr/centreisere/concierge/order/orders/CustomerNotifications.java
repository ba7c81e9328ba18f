package fr.centreisere.concierge.order.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.order.notify.NotificationEvent;
import org.jspecify.annotations.Nullable;

/**
 * What an order's customer is told, composed from the order as it is once the change is made (the order
 * writes it in its notifications in the same change): the contract's {@code ORDER_*} events, each with
 * the order's number, service names and link, and what its kind needs.
 */
final class CustomerNotifications {

    private CustomerNotifications() {
    }

    static NotificationEvent received(Order order, Instant at) {
        return withSlot(about(order, "ORDER_RECEIVED", at), order.slot()).with("orderId", order.id())
                .with("quantity", order.quantity()).with("totalCents", order.price().total().cents())
                .with("employerCents", order.price().employerShare().cents());
    }

    static NotificationEvent cancelled(Order order, String by, @Nullable String note, Instant at) {
        return withSlot(about(order, "ORDER_CANCELLED", at), order.slot()).with("by", by).with("note", note);
    }

    static NotificationEvent unassigned(Order order, Instant at, List<LocalDate> nextDaysWithRoom) {
        UnassignedReason reason = order.lastUnassignedReason();
        return withSlot(about(order, "ORDER_UNASSIGNED", at), order.slot())
                .with("reason", reason == null ? null : reason.name())
                .with("nextAvailableDates", nextDaysWithRoom.stream().map(LocalDate::toString).toList());
    }

    /** What an applied job event tells the customer, if anything ({@code OFFERED} tells nothing). */
    static Optional<NotificationEvent> of(Order order, JobEvent event, List<LocalDate> nextDaysWithRoom) {
        String member = event.memberName() != null ? event.memberName() : event.memberId();
        Instant at = event.occurredAt();
        return Optional.ofNullable(switch (event.type()) {
            case ACCEPTED -> withSlot(about(order, "ORDER_ACCEPTED", at), order.slot())
                    .with("memberName", member).with("memberId", event.memberId());
            case IN_PROGRESS -> about(order, "ORDER_STARTED", at).with("memberName", member)
                    .with("memberId", order.memberId());
            case DONE -> about(order, "ORDER_COMPLETED", at).with("memberName", member)
                    .with("memberId", order.memberId()).with("hoursWorked", event.hoursWorked())
                    .with("insertionHours", event.insertionHours());
            case UNASSIGNED -> unassigned(order, at, nextDaysWithRoom);
            case CANCELLED -> cancelled(order, event.memberId() != null ? "MEMBER" : "SYSTEM", event.reason(), at);
            case OFFERED -> null;
        });
    }

    private static NotificationEvent about(Order order, String kind, Instant at) {
        return NotificationEvent.of(kind, at).toUsers(order.customer().userId()).link("/#/commandes/" + order.id())
                .with("orderNumber", order.number()).with("serviceName", order.serviceTitle().fr())
                .with("serviceNameEn", order.serviceTitle().en());
    }

    private static NotificationEvent withSlot(NotificationEvent event, Slot slot) {
        return event.with("date", slot.date().toString()).with("from", slot.from().toString())
                .with("to", slot.to().toString());
    }
}
