package fr.centreisere.concierge.order.orders;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A message to provider-service that must not be lost, kept inside the order (its outbox) from the
 * same update as the change that caused it until provider-service took it. A sender claims it for a
 * lease before sending, so that two instances do not send it at the same time.
 */
public record OutgoingMessage(String id, Kind kind, @Nullable String memberId, @Nullable String reason,
        Instant createdAt, int attempts, Instant nextAttemptAt, @Nullable Instant claimedUntil,
        @Nullable Instant sentAt, @Nullable Instant droppedAt, @Nullable String lastError) {

    public enum Kind { DISPATCH, CANCEL, REASSIGN }

    public OutgoingMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    static OutgoingMessage of(String id, Kind kind, @Nullable String memberId, @Nullable String reason, Instant now) {
        return new OutgoingMessage(id, kind, memberId, reason, now, 0, now, null, null, null, null);
    }

    /** Sent or dropped: nothing more to do. */
    public boolean settled() {
        return sentAt != null || droppedAt != null;
    }

    public boolean claimedAt(Instant now) {
        return claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** Possibly already received by provider-service: it was tried, or it is being tried. */
    boolean mayHaveArrived(Instant now) {
        return sentAt != null || attempts > 0 || claimedAt(now);
    }

    public boolean dueAt(Instant now) {
        return !settled() && !nextAttemptAt.isAfter(now) && !claimedAt(now);
    }

    /** When a sender should look at it again: after its next attempt time and after any lease. */
    @Nullable Instant dueAt() {
        if (settled()) {
            return null;
        }
        return claimedUntil != null && claimedUntil.isAfter(nextAttemptAt) ? claimedUntil : nextAttemptAt;
    }

    OutgoingMessage claimed(Instant until) {
        return new OutgoingMessage(id, kind, memberId, reason, createdAt, attempts, nextAttemptAt, until, sentAt,
                droppedAt, lastError);
    }

    OutgoingMessage sent(Instant at) {
        return new OutgoingMessage(id, kind, memberId, reason, createdAt, attempts + 1, nextAttemptAt, null, at,
                droppedAt, null);
    }

    OutgoingMessage failed(String error, Instant retryAt) {
        return new OutgoingMessage(id, kind, memberId, reason, createdAt, attempts + 1, retryAt, null, sentAt,
                droppedAt, error);
    }

    OutgoingMessage dropped(Instant at) {
        return new OutgoingMessage(id, kind, memberId, reason, createdAt, attempts, nextAttemptAt, null, sentAt,
                at, lastError);
    }
}
