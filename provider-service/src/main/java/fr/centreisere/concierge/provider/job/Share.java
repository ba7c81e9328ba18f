package fr.centreisere.concierge.provider.job;

import java.time.Instant;

/**
 * A member's account in a month's rotation for one category: the share it is owed so far
 * ({@code target}, in jobs), the jobs it received, when it entered the account (joined, or came back)
 * and when it was last offered a job.
 */
public record Share(double target, int received, Instant since, Instant lastOfferedAt) {

    public double shortfall() {
        return target - received;
    }

    /**
     * Starts (or restarts) a member as if it had already received its share: its target is set to what
     * it has received, so its shortfall is zero — neither owed a backlog (flooded) nor in debt (starved).
     */
    static Share startedAtShare(int received, Instant since, Instant lastOfferedAt) {
        return new Share(received, received, since, lastOfferedAt);
    }
}
