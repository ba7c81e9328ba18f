package fr.centreisere.concierge.notification.summary.feign;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** {@code GET /internal/attention} of order-service and provider-service (docs/INTERNAL-API.md); provider-service sends no orders. */
record AttentionAnswer(@Nullable List<Order> unassignedOrders, @Nullable List<Message> stuckMessages) {

    record Order(@Nullable String orderId, @Nullable String number, @Nullable String serviceName, @Nullable String date,
            @Nullable String reason) {
    }

    record Message(@Nullable String owner, @Nullable String destination, @Nullable String kind, @Nullable Integer attempts,
            @Nullable String lastError, @Nullable String since) {
    }
}
