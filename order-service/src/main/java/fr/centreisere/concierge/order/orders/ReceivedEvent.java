package fr.centreisere.concierge.order.orders;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A job event the order has received, applied or not (stale), kept so that a repeat changes nothing. */
public record ReceivedEvent(String eventId, JobEventType type, @Nullable String jobId, @Nullable String memberId,
        Instant occurredAt, Instant receivedAt, boolean applied) {
}
