package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fair rotation (docs/ARCHITECTURE.md): among the eligible members, the one furthest behind its
 * weighted share of the month's jobs of the category gets the offer; ties go to the member offered
 * least recently, then to the lowest member id.
 *
 * <p>A member's target grows, with each job of the category dispatched while it is eligible, by its
 * weight ÷ the total weight of the members eligible for that job (this job included). When every
 * member is eligible for every job this is exactly "jobs dispatched so far × weight ÷ total weight";
 * when they are not (a member covering fewer communes, a full day), a member is not owed jobs it could
 * not have taken. A member new to the month's account, or back since its last entry (its
 * {@code activeSince} is later), is started at its share: shortfall zero.
 */
public final class FairRotation {

    /** Shortfalls closer than this are equal (they are sums of fractions). */
    static final double TIE = 1e-9;

    private FairRotation() {
    }

    public static DispatchDecision decide(RotationLedger ledger, List<Contender> contenders, Instant now) {
        List<RankedCandidate> ranking = rank(ledger, contenders);
        String winner = ranking.isEmpty() ? null : ranking.get(0).memberId();
        return new DispatchDecision(DispatchDecision.Kind.ROTATION, now, ledger.category(), ledger.month(), ranking,
                winner, null);
    }

    static List<RankedCandidate> rank(RotationLedger ledger, List<Contender> contenders) {
        long totalWeight = contenders.stream().mapToLong(Contender::weight).sum();
        List<RankedCandidate> unranked = new ArrayList<>();
        for (Contender contender : contenders) {
            Share share = ledger.shareOf(contender.memberId()).orElse(null);
            boolean fresh = share == null
                    || (contender.activeSince() != null && contender.activeSince().isAfter(share.since()));
            if (fresh) {
                share = Share.startedAtShare(share == null ? 0 : share.received(), null,
                        share == null ? null : share.lastOfferedAt());
            }
            double target = share.target() + (double) contender.weight() / totalWeight;
            unranked.add(new RankedCandidate(0, contender.memberId(), contender.weight(), target, share.received(),
                    target - share.received(), share.lastOfferedAt(), fresh));
        }
        unranked.sort(ORDER);
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            RankedCandidate c = unranked.get(i);
            ranked.add(new RankedCandidate(i + 1, c.memberId(), c.weight(), c.target(), c.received(), c.shortfall(),
                    c.lastOfferedAt(), c.startedAtShare()));
        }
        return ranked;
    }

    private static final Comparator<RankedCandidate> BY_SHORTFALL = (a, b) -> {
        double difference = b.shortfall() - a.shortfall();
        return Math.abs(difference) < TIE ? 0 : (difference > 0 ? 1 : -1);
    };

    /** Largest shortfall first; then offered least recently (never offered first); then lowest id. */
    static final Comparator<RankedCandidate> ORDER = BY_SHORTFALL
            .thenComparing(RankedCandidate::lastOfferedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RankedCandidate::memberId);
}
