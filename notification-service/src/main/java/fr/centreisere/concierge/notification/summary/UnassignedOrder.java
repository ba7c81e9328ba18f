package fr.centreisere.concierge.notification.summary;

import org.jspecify.annotations.Nullable;

/** An order no member structure has taken, as order-service reports it. */
public record UnassignedOrder(String orderId, String number, String serviceName, String date, @Nullable String reason) {
}
