package fr.centreisere.concierge.provider.job;

import java.time.Instant;

/**
 * One eligible member in a rotation decision: its weight, its target (share of this month's jobs of
 * the category it is owed, this job included), the jobs it got, the shortfall (target − received),
 * the tie-break data, and whether it has just been started at its share (joined or back mid-month).
 * For a job another member refused, {@code coverShortfall} is how far it is behind its share of the
 * refused work (the first criterion of such a decision); null otherwise.
 */
public record RankedCandidate(int rank, String memberId, int weight, double target, int received, double shortfall,
        Instant lastOfferedAt, boolean startedAtShare, Double coverShortfall) {

    public RankedCandidate(int rank, String memberId, int weight, double target, int received, double shortfall,
            Instant lastOfferedAt, boolean startedAtShare) {
        this(rank, memberId, weight, target, received, shortfall, lastOfferedAt, startedAtShare, null);
    }

    RankedCandidate ranked(int newRank) {
        return new RankedCandidate(newRank, memberId, weight, target, received, shortfall, lastOfferedAt, startedAtShare,
                coverShortfall);
    }
}
