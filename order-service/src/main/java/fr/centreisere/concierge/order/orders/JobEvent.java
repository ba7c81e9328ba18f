package fr.centreisere.concierge.order.orders;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** An outcome of the order's job, as provider-service reports it (identified by {@code eventId}). */
public record JobEvent(String eventId, JobEventType type, @Nullable String jobId, @Nullable String memberId,
        Instant occurredAt, @Nullable String reason) {

    public JobEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
