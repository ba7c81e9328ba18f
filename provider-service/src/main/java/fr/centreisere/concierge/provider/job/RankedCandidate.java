package fr.centreisere.concierge.provider.job;

import java.time.Instant;

/**
 * One eligible member in a rotation decision: its weight, its target (share of this month's jobs of
 * the category it is owed, this job included), the jobs it got, the shortfall (target − received),
 * the tie-break data, and whether it has just been started at its share (joined or back mid-month).
 */
public record RankedCandidate(int rank, String memberId, int weight, double target, int received, double shortfall,
        Instant lastOfferedAt, boolean startedAtShare) {
}
