package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fair rotation's account for one category and one month (Europe/Paris): how many jobs were
 * dispatched and each member's {@link Share}. Immutable: every change gives a new ledger, which the
 * repository saves only over the version it was read in, so that two turns never both win on the
 * same account.
 *
 * <p>The rules (docs/ARCHITECTURE.md, fair rotation): a decision accrues the job among its
 * contenders by weight and counts it for the winner; a refusal (decline, expiry) counts as the
 * refuser's turn — its target drops by the job it let go, so refusing never makes a member owed
 * more — and the job is counted again for whoever takes it next; a cancelled job is taken out of the
 * account as if it had never been dispatched (its member is back where it stood, first in line); a job
 * moved away by a coordinator is given back: it no longer counts as received, so the member is owed it.
 */
public record RotationLedger(String category, YearMonth month, long version, int dispatched, Map<String, Share> shares) {

    public static final ZoneId MONTH_ZONE = ZoneId.of("Europe/Paris");

    public RotationLedger {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(month, "month");
        shares = Map.copyOf(shares);
    }

    public static RotationLedger empty(String category, YearMonth month) {
        return new RotationLedger(category, month, 0, 0, Map.of());
    }

    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(MONTH_ZONE));
    }

    public Optional<Share> shareOf(String memberId) {
        return Optional.ofNullable(shares.get(memberId));
    }

    /** The ledger after a decision: every candidate accrues its share of the job, the winner receives it. */
    public RotationLedger record(DispatchDecision decision) {
        return applyDecision(decision, 1);
    }

    /** Takes a recorded decision back (its job could not be written after all). */
    public RotationLedger unrecord(DispatchDecision decision) {
        return applyDecision(decision, -1);
    }

    private RotationLedger applyDecision(DispatchDecision decision, int sign) {
        if (decision.winner() == null) {
            return this;
        }
        Map<String, Share> next = new TreeMap<>(shares);
        if (decision.counted()) {
            for (RankedCandidate candidate : decision.candidates()) {
                Share before = next.get(candidate.memberId());
                if (sign > 0 && (before == null || candidate.startedAtShare())) {
                    before = Share.startedAtShare(before, decision.decidedAt());
                }
                if (before != null) {
                    Share accrued = before.plus(sign * decision.accrualOf(candidate), 0, 0, 0, null);
                    next.put(candidate.memberId(), decision.coversRefusal()
                            ? accrued.plusCover(sign * decision.accrualOf(candidate), 0) : accrued);
                }
            }
        }
        Share winner = next.getOrDefault(decision.winner(), Share.startedAtShare(null, decision.decidedAt()));
        winner = winner.plus(0, sign, 0, 0, sign > 0 ? decision.decidedAt() : null);
        next.put(decision.winner(), decision.coversRefusal() ? winner.plusCover(0, sign) : winner);
        return new RotationLedger(category, month, version, dispatched + (decision.counted() ? sign : 0), next);
    }

    /** The member refused the job it held (declined, let it expire): that was its turn; the job leaves its count. */
    public RotationLedger refusedBy(String memberId) {
        return change(memberId, -1, -1, 1, 0, -1);
    }

    public RotationLedger unrefusedBy(String memberId) {
        return change(memberId, 1, 1, -1, 0, 1);
    }

    /** The job the member held was moved away by a coordinator: it is owed to the member again. */
    public RotationLedger givenBack(String memberId) {
        return change(memberId, 0, -1, 0, 0, 0);
    }

    public RotationLedger ungivenBack(String memberId) {
        return change(memberId, 0, 1, 0, 0, 0);
    }

    /** Counts (or uncounts) a job the member lost to a cancellation, for the month's view. */
    public RotationLedger cancelledFor(String memberId, int jobs) {
        return change(memberId, 0, 0, 0, jobs, 0);
    }

    private RotationLedger change(String memberId, double target, int received, int refused, int cancelled,
            int dispatchedChange) {
        Share share = shares.get(memberId);
        if (share == null) {
            return this;
        }
        Map<String, Share> next = new TreeMap<>(shares);
        next.put(memberId, share.plus(target, received, refused, cancelled, null));
        return new RotationLedger(category, month, version, Math.max(0, dispatched + dispatchedChange), next);
    }
}
