package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.util.Objects;

/**
 * An eligible member for one job: its weight for the job's category (its agreed share), since when it
 * is active, and its daily capacity for the service (how many places it may hold that day).
 */
public record Contender(String memberId, int weight, Instant activeSince, int capacity) {
    public Contender {
        Objects.requireNonNull(memberId, "memberId");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1");
        }
    }

    public Contender(String memberId, int weight, Instant activeSince) {
        this(memberId, weight, activeSince, Integer.MAX_VALUE);
    }
}
