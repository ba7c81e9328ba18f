package fr.centreisere.concierge.platform.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import fr.centreisere.concierge.platform.tracing.CarriedTrace;
import org.jspecify.annotations.Nullable;

/**
 * One message that must not be lost, kept inside its owner's document from the write that caused it
 * until its destination acknowledged it (or it was given up or withdrawn). Immutable: every change
 * gives a new message.
 *
 * <p>{@code destination} chooses the sender; {@code lane} the ordering: one owner's messages of a lane
 * leave in the order written, the next only once the previous is settled (by default the lane is the
 * destination, so a notification never waits behind a dispatch). {@code payload} is what the sender
 * needs, flat or nested strings, numbers, booleans, lists and maps (no dates: ISO text).
 *
 * <p>Settled is one of: {@code sentAt} (delivered), {@code givenUpAt} (by the {@link GiveUp} policy;
 * reported until its owner marks it {@code handledAt}), {@code withdrawnAt} (its owner no longer wants
 * it sent, before it could have arrived). {@code claimedUntil}/{@code claimToken}: a relay's lease.
 *
 * <p>{@code traceparent} and {@code requestId}: the trace (W3C) and the request id the message was written
 * under, captured by {@link #pending}; its delivery continues that trace ({@link CarriedTrace#resume}), so that
 * the call it makes and the receiver's log lines carry the same trace id as the request that caused it.
 */
public record OutboxMessage(String id, String destination, String lane, String kind, Map<String, Object> payload,
        Instant createdAt, int attempts, Instant nextAttemptAt, @Nullable Instant claimedUntil,
        @Nullable String claimToken, @Nullable Instant sentAt, @Nullable Instant givenUpAt,
        @Nullable Instant withdrawnAt, @Nullable Instant handledAt, @Nullable String lastError,
        @Nullable Integer lastStatus, @Nullable Map<String, Object> answer, @Nullable String traceparent,
        @Nullable String requestId) {

    /** Tried this many times without being delivered, a message needs attention (issue 11). */
    public static final int ATTENTION_AFTER_ATTEMPTS = 3;

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        payload = payload == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }

    /** A message without the trace it was written under (stored before issue 17, or made by hand). */
    public OutboxMessage(String id, String destination, String lane, String kind, Map<String, Object> payload,
            Instant createdAt, int attempts, Instant nextAttemptAt, @Nullable Instant claimedUntil,
            @Nullable String claimToken, @Nullable Instant sentAt, @Nullable Instant givenUpAt,
            @Nullable Instant withdrawnAt, @Nullable Instant handledAt, @Nullable String lastError,
            @Nullable Integer lastStatus, @Nullable Map<String, Object> answer) {
        this(id, destination, lane, kind, payload, createdAt, attempts, nextAttemptAt, claimedUntil, claimToken, sentAt,
                givenUpAt, withdrawnAt, handledAt, lastError, lastStatus, answer, null, null);
    }

    /** A new message, due at once, in its destination's lane, under the trace and request id in progress. */
    public static OutboxMessage pending(String id, String destination, String kind, Map<String, ?> payload,
            Instant now) {
        return new OutboxMessage(id, destination, destination, kind, copy(payload), now, 0, now, null, null, null,
                null, null, null, null, null, null, CarriedTrace.traceparent(), CarriedTrace.requestId());
    }

    /** The same message in another ordering lane. */
    public OutboxMessage inLane(String otherLane) {
        return new OutboxMessage(id, destination, otherLane, kind, payload, createdAt, attempts, nextAttemptAt,
                claimedUntil, claimToken, sentAt, givenUpAt, withdrawnAt, handledAt, lastError, lastStatus, answer,
                traceparent, requestId);
    }

    // --- reading ---------------------------------------------------------------------------------

    public boolean delivered() {
        return sentAt != null;
    }

    public boolean givenUp() {
        return givenUpAt != null;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** Delivered, given up or withdrawn: nothing more to send. */
    public boolean settled() {
        return sentAt != null || givenUpAt != null || withdrawnAt != null;
    }

    public boolean claimedAt(Instant now) {
        return claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** Possibly received already: delivered, tried, or being tried. */
    public boolean mayHaveArrived(Instant now) {
        return sentAt != null || attempts > 0 || claimedAt(now);
    }

    /** Whether a relay may take it now (its lane's order aside: see {@link Outbox#nextDue}). */
    public boolean dueAt(Instant now) {
        return !settled() && !nextAttemptAt.isAfter(now) && !claimedAt(now);
    }

    /** When a relay should look at it again: its next attempt or the end of a lease; nothing once settled. */
    public @Nullable Instant dueAt() {
        if (settled()) {
            return null;
        }
        return claimedUntil != null && claimedUntil.isAfter(nextAttemptAt) ? claimedUntil : nextAttemptAt;
    }

    /**
     * What coordinators are shown: not delivered nor withdrawn, and tried {@code attentionAfter} times or
     * more, or given up and not yet handled by its owner.
     */
    public boolean needsAttention(int attentionAfter) {
        if (sentAt != null || withdrawnAt != null) {
            return false;
        }
        return givenUpAt != null ? handledAt == null : attempts >= attentionAfter;
    }

    public boolean needsAttention() {
        return needsAttention(ATTENTION_AFTER_ATTEMPTS);
    }

    /** A payload value as text, or nothing. */
    public @Nullable String text(String key) {
        Object value = payload.get(key);
        return value == null ? null : value.toString();
    }

    // --- changes ---------------------------------------------------------------------------------

    /** Held by the relay that holds {@code token} until {@code until}; not due before then. */
    public OutboxMessage claimed(String token, Instant until) {
        Instant next = until.isAfter(nextAttemptAt) ? until : nextAttemptAt;
        return new OutboxMessage(id, destination, lane, kind, payload, createdAt, attempts, next, until, token,
                sentAt, givenUpAt, withdrawnAt, handledAt, lastError, lastStatus, answer, traceparent, requestId);
    }

    /** Acknowledged by its destination, which may have answered something its owner wants to keep. */
    public OutboxMessage delivered(Instant at, @Nullable Map<String, ?> answered) {
        return new OutboxMessage(id, destination, lane, kind, payload, createdAt, attempts + 1, nextAttemptAt, null,
                claimToken, at, givenUpAt, withdrawnAt, handledAt, null, null,
                answered == null ? null : copy(answered), traceparent, requestId);
    }

    /** Not acknowledged: tried again at {@code retryAt}. */
    public OutboxMessage failed(@Nullable Integer status, String error, Instant retryAt) {
        return new OutboxMessage(id, destination, lane, kind, payload, createdAt, attempts + 1, retryAt, null,
                claimToken, sentAt, givenUpAt, withdrawnAt, handledAt, error, status, answer, traceparent, requestId);
    }

    /** Refused for good, or tried too often: never sent again, reported until handled. */
    public OutboxMessage gaveUp(Instant at, @Nullable Integer status, String error) {
        return new OutboxMessage(id, destination, lane, kind, payload, createdAt, attempts + 1, nextAttemptAt, null,
                claimToken, sentAt, at, withdrawnAt, handledAt, error, status, answer, traceparent, requestId);
    }

    /** Its owner dealt with the give-up (e.g. the order became UNASSIGNED): no longer reported. */
    public OutboxMessage handled(Instant at) {
        return new OutboxMessage(id, destination, lane, kind, payload, createdAt, attempts, nextAttemptAt,
                claimedUntil, claimToken, sentAt, givenUpAt, withdrawnAt, at, lastError, lastStatus, answer, traceparent,
                requestId);
    }

    /** Its owner no longer wants it sent (check {@link #mayHaveArrived} first). */
    public OutboxMessage withdrawn(Instant at) {
        return new OutboxMessage(id, destination, lane, kind, payload, createdAt, attempts, nextAttemptAt, null,
                claimToken, sentAt, givenUpAt, at, handledAt, lastError, lastStatus, answer, traceparent, requestId);
    }

    private static Map<String, Object> copy(Map<String, ?> values) {
        return new LinkedHashMap<>(values);
    }
}
