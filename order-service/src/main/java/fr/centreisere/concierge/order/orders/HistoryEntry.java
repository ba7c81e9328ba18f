package fr.centreisere.concierge.order.orders;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One change of an order's state: to what, when, by whom and why. */
public record HistoryEntry(OrderState state, Instant at, @Nullable String by, @Nullable String reason) {
}
