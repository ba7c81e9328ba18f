package fr.centreisere.concierge.order.dispatch;

import java.time.LocalDate;
import java.time.LocalTime;

/** Dispatch this order: what provider-service needs to choose a member. */
public record DispatchRequest(String orderId, String orderNumber, String serviceId, String category,
        String communeInsee, LocalDate date, LocalTime from, LocalTime to, int quantity, long subtotalCents,
        long commissionCents) {
}
