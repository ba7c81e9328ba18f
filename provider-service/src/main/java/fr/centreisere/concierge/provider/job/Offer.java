package fr.centreisere.concierge.provider.job;

import java.time.Instant;

/** One offer of the job to one member, and how it ended (null outcome: still open or taken). */
public record Offer(String memberId, Instant offeredAt, Instant expiresAt, boolean manual, Outcome outcome,
        Instant endedAt, String reason) {

    public enum Outcome { ACCEPTED, DECLINED, EXPIRED, WITHDRAWN }

    static Offer open(String memberId, Instant at, Instant expiresAt, boolean manual) {
        return new Offer(memberId, at, expiresAt, manual, null, null, null);
    }

    Offer ended(Outcome how, Instant at, String why) {
        return new Offer(memberId, offeredAt, expiresAt, manual, how, at, why);
    }

    /** The member let it go (declined or expired): the rotation does not offer it this order again. */
    public boolean refused() {
        return outcome == Outcome.DECLINED || outcome == Outcome.EXPIRED;
    }
}
