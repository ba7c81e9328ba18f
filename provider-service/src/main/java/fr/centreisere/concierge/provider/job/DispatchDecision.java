package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Why the job went where it went: for the rotation, the ranked candidates (best first) with their
 * targets and shortfalls; for a coordinator's choice, who decided and for whom.
 */
public record DispatchDecision(Kind kind, Instant decidedAt, String category, YearMonth month,
        List<RankedCandidate> candidates, String winner, String decidedBy) {

    public enum Kind { ROTATION, MANUAL }

    public DispatchDecision {
        candidates = List.copyOf(candidates);
    }

    public static DispatchDecision manual(Instant at, String category, String memberId, String decidedBy) {
        return new DispatchDecision(Kind.MANUAL, at, category, null, List.of(), memberId, decidedBy);
    }

    public Optional<String> winnerId() {
        return Optional.ofNullable(winner);
    }
}
