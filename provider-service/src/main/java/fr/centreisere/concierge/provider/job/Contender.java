package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.util.Objects;

/** An eligible member for one job: its weight for the job's category and since when it is active. */
public record Contender(String memberId, int weight, Instant activeSince) {
    public Contender {
        Objects.requireNonNull(memberId, "memberId");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1");
        }
    }
}
