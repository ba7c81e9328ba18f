package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The fair rotation's account for one category and one month (Europe/Paris): how many jobs were
 * dispatched and each member's {@link Share}. Immutable: recording a decision gives a new ledger,
 * which the repository saves only over the version it was read in.
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

    public java.util.Optional<Share> shareOf(String memberId) {
        return java.util.Optional.ofNullable(shares.get(memberId));
    }

    /**
     * The ledger after a rotation decision: every candidate accrues its share of this job
     * (weight ÷ the candidates' total weight), the winner receives it. Applied as increments over the
     * current ledger, so a decision taken on a ledger another dispatch has since changed adds up correctly.
     */
    public RotationLedger record(DispatchDecision decision) {
        long totalWeight = decision.candidates().stream().mapToLong(RankedCandidate::weight).sum();
        Map<String, Share> next = new TreeMap<>(shares);
        for (RankedCandidate candidate : decision.candidates()) {
            Share before = next.get(candidate.memberId());
            if (before == null || candidate.startedAtShare()) {
                before = Share.startedAtShare(before == null ? 0 : before.received(), decision.decidedAt(),
                        before == null ? null : before.lastOfferedAt());
            }
            boolean won = candidate.memberId().equals(decision.winner());
            next.put(candidate.memberId(), new Share(before.target() + (double) candidate.weight() / totalWeight,
                    before.received() + (won ? 1 : 0), before.since(),
                    won ? decision.decidedAt() : before.lastOfferedAt()));
        }
        return new RotationLedger(category, month, version, dispatched + (decision.winner() == null ? 0 : 1), next);
    }

    /** The job moved on from one member (declined, expired) to the next one, or to nobody. */
    public RotationLedger transfer(String from, String to, Instant at) {
        Map<String, Share> next = new TreeMap<>(shares);
        Share gone = from == null ? null : next.get(from);
        if (gone != null && gone.received() > 0) {
            next.put(from, new Share(gone.target(), gone.received() - 1, gone.since(), gone.lastOfferedAt()));
        }
        int total = dispatched;
        if (to != null) {
            Share got = next.getOrDefault(to, Share.startedAtShare(0, at, null));
            next.put(to, new Share(got.target(), got.received() + 1, got.since(), at));
        } else {
            total = Math.max(0, total - 1);
        }
        return new RotationLedger(category, month, version, total, next);
    }
}
