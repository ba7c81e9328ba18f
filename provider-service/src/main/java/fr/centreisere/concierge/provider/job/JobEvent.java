package fr.centreisere.concierge.provider.job;

import java.time.Instant;

/**
 * An outcome owed to order-service, written in the same update as the change that causes it and
 * resent until order-service acknowledges it. {@code eventId} is stable, so order-service applies it
 * once. One that order-service refuses as invalid (a 4xx) is never resent: it is kept with the refusal
 * ({@code refusedAt}, {@code lastError}) for coordinators to see.
 */
public record JobEvent(String eventId, Type type, Instant occurredAt, String memberId, String reason,
        Double hoursWorked, Double insertionHours, Instant deliveredAt, int attempts, Instant nextAttemptAt,
        UnassignedReason unassignedReason, Instant refusedAt, String lastError) implements OutboxEntry {

    public enum Type { OFFERED, ACCEPTED, IN_PROGRESS, DONE, UNASSIGNED, CANCELLED }

    /** Tried this many times without success, an outcome is shown to coordinators. */
    public static final int ATTENTION_AFTER = OutboxEntry.ATTENTION_AFTER;

    public JobEvent(String eventId, Type type, Instant occurredAt, String memberId, String reason,
            Double hoursWorked, Double insertionHours, Instant deliveredAt, int attempts, Instant nextAttemptAt) {
        this(eventId, type, occurredAt, memberId, reason, hoursWorked, insertionHours, deliveredAt, attempts,
                nextAttemptAt, null, null, null);
    }

    static JobEvent pending(String eventId, Type type, Instant at, String memberId, String reason,
            Double hoursWorked, Double insertionHours, UnassignedReason unassignedReason) {
        return new JobEvent(eventId, type, at, memberId, reason, hoursWorked, insertionHours, null, 0, at,
                unassignedReason, null, null);
    }

    /**
     * Told to order-service otherwise: the outcome of a dispatch travels in the dispatch call's answer
     * (issue 15), so its event is kept as delivered then and never sent (its id stays taken: the job's
     * next event is {@code :2}).
     */
    JobEvent answered(Instant at) {
        return new JobEvent(eventId, type, occurredAt, memberId, reason, hoursWorked, insertionHours, at, attempts,
                nextAttemptAt, unassignedReason, refusedAt, lastError);
    }

    public boolean delivered() {
        return deliveredAt != null;
    }

    @Override
    public String destination() {
        return ORDER_SERVICE;
    }

    @Override
    public String kindName() {
        return type.name();
    }
}
