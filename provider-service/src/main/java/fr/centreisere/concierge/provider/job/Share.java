package fr.centreisere.concierge.provider.job;

import java.time.Instant;

/**
 * A member's account in a month's rotation for one category: the share it is owed so far
 * ({@code target}, in jobs), the jobs it received (and holds: a refused or cancelled job is not
 * counted), the offers it refused, the jobs it lost to a cancellation, when it entered the account
 * (joined, or came back) and when it was last offered a job.
 */
public record Share(double target, int received, int refused, int cancelled, double coverTarget, int covered,
        Instant since, Instant lastOfferedAt) {

    public Share(double target, int received, Instant since, Instant lastOfferedAt) {
        this(target, received, 0, 0, 0, 0, since, lastOfferedAt);
    }

    /** How far it is behind its share of the work other members refused (that share is {@code coverTarget}). */
    public double coverShortfall() {
        return coverTarget - covered;
    }

    public double shortfall() {
        return target - received;
    }

    /**
     * Starts (or restarts) a member as if it had already received its share: its target is set to what
     * it has received, so its shortfall is zero — neither owed a backlog (flooded) nor in debt (starved).
     */
    static Share startedAtShare(Share before, Instant since) {
        if (before == null) {
            return new Share(0, 0, 0, 0, 0, 0, since, null);
        }
        return new Share(before.received, before.received, before.refused, before.cancelled, before.covered,
                before.covered, since, before.lastOfferedAt);
    }

    Share plus(double targetChange, int receivedChange, int refusedChange, int cancelledChange, Instant offeredAt) {
        return new Share(target + targetChange, received + receivedChange, refused + refusedChange,
                cancelled + cancelledChange, coverTarget, covered, since, offeredAt == null ? lastOfferedAt : offeredAt);
    }

    Share plusCover(double coverTargetChange, int coveredChange) {
        return new Share(target, received, refused, cancelled, coverTarget + coverTargetChange, covered + coveredChange,
                since, lastOfferedAt);
    }
}
