package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Why the job went where it went: the ranked contenders (best first) with their targets and
 * shortfalls, the members left out and why, the winner; for a coordinator's choice, who decided, and
 * the reason when the member did not fit and the coordinator overrode it. {@code counted} tells
 * whether the decision added the job to the month's rotation (a new job does; a coordinator moving a
 * job that another member held does not, that job was already counted). {@code coversRefusal}: the
 * job was refused by the member before; refused work is shared by weight on its own account first.
 */
public record DispatchDecision(Kind kind, Instant decidedAt, String category, YearMonth month,
        List<RankedCandidate> candidates, List<Excluded> excluded, String winner, String decidedBy,
        String overrideReason, boolean counted, boolean coversRefusal) {

    public DispatchDecision(Kind kind, Instant decidedAt, String category, YearMonth month,
            List<RankedCandidate> candidates, List<Excluded> excluded, String winner, String decidedBy,
            String overrideReason, boolean counted) {
        this(kind, decidedAt, category, month, candidates, excluded, winner, decidedBy, overrideReason, counted, false);
    }

    public enum Kind { ROTATION, MANUAL }

    public DispatchDecision {
        candidates = List.copyOf(candidates);
        excluded = List.copyOf(excluded == null ? List.of() : excluded);
    }

    public Optional<String> winnerId() {
        return Optional.ofNullable(winner);
    }

    /** The job's share each candidate accrues: its weight over the candidates' total weight. */
    double accrualOf(RankedCandidate candidate) {
        long total = candidates.stream().mapToLong(RankedCandidate::weight).sum();
        return total == 0 ? 0 : (double) candidate.weight() / total;
    }

    /** Whether that member was considered: ranked or left out. */
    public boolean considered(String memberId) {
        return memberId.equals(winner) || candidates.stream().anyMatch(c -> c.memberId().equals(memberId))
                || excluded.stream().anyMatch(e -> e.memberId().equals(memberId));
    }
}
