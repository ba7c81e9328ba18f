package fr.centreisere.concierge.provider.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One offer of the job to one member, and how it ended (null outcome: still open or taken).
 * {@code remindedAt}: when the member was reminded that it is about to expire (once per offer). Why it
 * ended: {@code reason} a person's own words (a member's refusal, a customer's cancellation), shown as
 * typed (and the sentence of an offer stored before the codes); {@code reasonCode} provider-service's own
 * reason, a code of the bundles said in the reader's language ({@link #REASSIGNED}).
 */
public record Offer(String memberId, Instant offeredAt, Instant expiresAt, boolean manual, Outcome outcome,
        Instant endedAt, String reason, Instant remindedAt, String reasonCode) {

    /** A coordinator gave the job to another member. */
    public static final String REASSIGNED = "job.offer.reassigned";

    public enum Outcome { ACCEPTED, DECLINED, EXPIRED, WITHDRAWN }

    /** An offer of at most this long is reminded {@link #SHORT_REMINDER_LEAD} before it expires, a longer one {@link #REMINDER_LEAD}. */
    static final Duration SHORT_OFFER = Duration.ofMinutes(30);
    static final Duration REMINDER_LEAD = Duration.ofMinutes(30);
    static final Duration SHORT_REMINDER_LEAD = Duration.ofMinutes(10);

    public Offer(String memberId, Instant offeredAt, Instant expiresAt, boolean manual, Outcome outcome,
            Instant endedAt, String reason) {
        this(memberId, offeredAt, expiresAt, manual, outcome, endedAt, reason, null, null);
    }

    public Offer(String memberId, Instant offeredAt, Instant expiresAt, boolean manual, Outcome outcome,
            Instant endedAt, String reason, Instant remindedAt) {
        this(memberId, offeredAt, expiresAt, manual, outcome, endedAt, reason, remindedAt, null);
    }

    static Offer open(String memberId, Instant at, Instant expiresAt, boolean manual) {
        return new Offer(memberId, at, expiresAt, manual, null, null, null, null, null);
    }

    Offer ended(Outcome how, Instant at, String words, String code) {
        return new Offer(memberId, offeredAt, expiresAt, manual, how, at, words, remindedAt, code);
    }

    Offer reminded(Instant at) {
        return new Offer(memberId, offeredAt, expiresAt, manual, outcome, endedAt, reason, at, reasonCode);
    }

    /** The member let it go (declined or expired): the rotation does not offer it this order again. */
    public boolean refused() {
        return outcome == Outcome.DECLINED || outcome == Outcome.EXPIRED;
    }

    /**
     * When the member should be reminded of this offer: 30 min before it expires (10 min for an offer of
     * 30 min or less). None once answered or reminded, and none for an offer too short to be reminded.
     */
    public Optional<Instant> reminderDueAt() {
        if (outcome != null || remindedAt != null || expiresAt == null || offeredAt == null) {
            return Optional.empty();
        }
        Duration length = Duration.between(offeredAt, expiresAt);
        Instant due = expiresAt.minus(length.compareTo(SHORT_OFFER) <= 0 ? SHORT_REMINDER_LEAD : REMINDER_LEAD);
        return due.isAfter(offeredAt) ? Optional.of(due) : Optional.empty();
    }
}
