package fr.centreisere.concierge.order.orders;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A message to provider-service that must not be lost, kept inside the order (its outbox) from the
 * same update as the change that caused it until provider-service took it. A sender claims it for a
 * lease before sending, so that two instances do not send it at the same time.
 *
 * <p>What each kind carries: {@code CANCEL} its {@code reason}; {@code REASSIGN} the {@code memberId},
 * the deciding coordinator in {@code reason}, and {@code overrideReason} when the coordinator overrode a
 * member that does not fit; {@code RESCHEDULE} the {@code previousSlot} (the order holds the new one),
 * given back to the order if provider-service refuses.
 */
public record OutgoingMessage(String id, Kind kind, @Nullable String memberId, @Nullable String reason,
        Instant createdAt, int attempts, Instant nextAttemptAt, @Nullable Instant claimedUntil,
        @Nullable Instant sentAt, @Nullable Instant droppedAt, @Nullable String lastError,
        @Nullable String overrideReason, @Nullable Slot previousSlot) {

    public enum Kind { DISPATCH, CANCEL, REASSIGN, RESCHEDULE }

    public OutgoingMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    /** A message of a kind that carries no override and no previous slot. */
    public OutgoingMessage(String id, Kind kind, @Nullable String memberId, @Nullable String reason,
            Instant createdAt, int attempts, Instant nextAttemptAt, @Nullable Instant claimedUntil,
            @Nullable Instant sentAt, @Nullable Instant droppedAt, @Nullable String lastError) {
        this(id, kind, memberId, reason, createdAt, attempts, nextAttemptAt, claimedUntil, sentAt, droppedAt,
                lastError, null, null);
    }

    static OutgoingMessage of(String id, Kind kind, @Nullable String memberId, @Nullable String reason, Instant now) {
        return new OutgoingMessage(id, kind, memberId, reason, now, 0, now, null, null, null, null);
    }

    OutgoingMessage carrying(@Nullable String override, @Nullable Slot previous) {
        return new OutgoingMessage(id, kind, memberId, reason, createdAt, attempts, nextAttemptAt, claimedUntil,
                sentAt, droppedAt, lastError, override, previous);
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
                droppedAt, lastError, overrideReason, previousSlot);
    }

    OutgoingMessage sent(Instant at) {
        return new OutgoingMessage(id, kind, memberId, reason, createdAt, attempts + 1, nextAttemptAt, null, at,
                droppedAt, null, overrideReason, previousSlot);
    }

    OutgoingMessage failed(String error, Instant retryAt) {
        return new OutgoingMessage(id, kind, memberId, reason, createdAt, attempts + 1, retryAt, null, sentAt,
                droppedAt, error, overrideReason, previousSlot);
    }

    OutgoingMessage dropped(Instant at) {
        return new OutgoingMessage(id, kind, memberId, reason, createdAt, attempts, nextAttemptAt, null, sentAt,
                at, lastError, overrideReason, previousSlot);
    }

    /** Refused for good by provider-service: tried once more, and dropped with the refusal. */
    OutgoingMessage refused(Instant at, String refusal) {
        return new OutgoingMessage(id, kind, memberId, reason, createdAt, attempts + 1, nextAttemptAt, null, sentAt,
                at, refusal, overrideReason, previousSlot);
    }
}
