package fr.centreisere.concierge.order.orders;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An outcome of the order's job, as provider-service reports it (identified by {@code eventId});
 * {@code unassignedReason} says why, with type {@code UNASSIGNED}; {@code memberName} (the member's
 * name, when provider-service tells it), {@code hoursWorked} and {@code insertionHours} (with
 * {@code DONE}) go into the customer's notification.
 */
public record JobEvent(String eventId, JobEventType type, @Nullable String jobId, @Nullable String memberId,
        Instant occurredAt, @Nullable String reason, @Nullable UnassignedReason unassignedReason,
        @Nullable String memberName, @Nullable Double hoursWorked, @Nullable Double insertionHours) {

    public JobEvent(String eventId, JobEventType type, @Nullable String jobId, @Nullable String memberId,
            Instant occurredAt, @Nullable String reason, @Nullable UnassignedReason unassignedReason) {
        this(eventId, type, jobId, memberId, occurredAt, reason, unassignedReason, null, null, null);
    }

    public JobEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** An event that does not say why (any type but {@code UNASSIGNED}, or a provider-service that does not tell). */
    public JobEvent(String eventId, JobEventType type, @Nullable String jobId, @Nullable String memberId,
            Instant occurredAt, @Nullable String reason) {
        this(eventId, type, jobId, memberId, occurredAt, reason, null);
    }
}
