package fr.centreisere.concierge.order.dispatch;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Dispatch this order: what provider-service needs to choose a member, and the service's name it tells
 * the member's staff in the offer.
 */
public record DispatchRequest(String orderId, String orderNumber, String serviceId, String serviceName, String category,
        String communeInsee, LocalDate date, LocalTime from, LocalTime to, int quantity, long subtotalCents,
        long commissionCents) {
}
