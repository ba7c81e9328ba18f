package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.util.Objects;

/**
 * A message owed to a member's staff (notification-service composes and sends it), written in the same
 * update as the change that causes it and resent until notification-service acknowledges it; the
 * notification lane of the job's outbox, apart from the outcomes to order-service so that neither waits
 * for the other. {@code eventId} is {@code <jobId>:n:<seq>}, stable across retries (the receiver keeps
 * one). What it says is fixed when it is written: the slot then, and for a withdrawal or a cancellation
 * why and by whom. A notice notification-service refuses as invalid (400/422) is set aside, never resent.
 */
public record MemberNotice(String eventId, Kind kind, Instant occurredAt, String memberId, Slot slot,
        Instant expiresAt, Withdrawal reason, Actor by, String note, Instant deliveredAt, int attempts,
        Instant nextAttemptAt, Instant refusedAt, String lastError) implements OutboxEntry {

    public enum Kind { OFFER_NEW, OFFER_REMINDER, OFFER_WITHDRAWN, JOB_CANCELLED }

    /** Why an offer left its member without being accepted. */
    public enum Withdrawal { EXPIRED, REASSIGNED, CANCELLED }

    /** Who ended it. */
    public enum Actor { CUSTOMER, COORDINATOR, SYSTEM }

    public MemberNotice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(slot, "slot");
    }

    static MemberNotice pending(String eventId, Kind kind, Instant at, String memberId, Slot slot, Instant expiresAt,
            Withdrawal reason, Actor by, String note) {
        return new MemberNotice(eventId, kind, at, memberId, slot, expiresAt, reason, by, note, null, 0, at, null, null);
    }

    @Override
    public String destination() {
        return NOTIFICATION_SERVICE;
    }

    @Override
    public String kindName() {
        return kind.name();
    }
}
