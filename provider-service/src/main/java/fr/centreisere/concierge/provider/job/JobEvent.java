package fr.centreisere.concierge.provider.job;

import java.time.Instant;

/**
 * An outcome owed to order-service, written in the same update as the change that causes it and
 * resent until order-service acknowledges it. {@code eventId} is stable, so order-service applies it once.
 */
public record JobEvent(String eventId, Type type, Instant occurredAt, String memberId, String reason,
        Double hoursWorked, Double insertionHours, Instant deliveredAt, int attempts, Instant nextAttemptAt,
        UnassignedReason unassignedReason) {

    public enum Type { OFFERED, ACCEPTED, IN_PROGRESS, DONE, UNASSIGNED, CANCELLED }

    public JobEvent(String eventId, Type type, Instant occurredAt, String memberId, String reason,
            Double hoursWorked, Double insertionHours, Instant deliveredAt, int attempts, Instant nextAttemptAt) {
        this(eventId, type, occurredAt, memberId, reason, hoursWorked, insertionHours, deliveredAt, attempts,
                nextAttemptAt, null);
    }

    static JobEvent pending(String eventId, Type type, Instant at, String memberId, String reason,
            Double hoursWorked, Double insertionHours, UnassignedReason unassignedReason) {
        return new JobEvent(eventId, type, at, memberId, reason, hoursWorked, insertionHours, null, 0, at,
                unassignedReason);
    }

    public boolean delivered() {
        return deliveredAt != null;
    }
}
