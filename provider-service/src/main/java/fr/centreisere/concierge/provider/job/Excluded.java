package fr.centreisere.concierge.provider.job;

import java.util.Objects;

/** A member that was considered for a job and left out, and why. */
public record Excluded(String memberId, Exclusion reason) {
    public Excluded {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(reason, "reason");
    }
}
