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
        return decide(ledger, new Eligibility.Field(contenders, List.of()), now);
    }

    /** The decision over the field: its contenders ranked, the first one wins, the members left out kept with it. */
    public static DispatchDecision decide(RotationLedger ledger, Eligibility.Field field, Instant now) {
        return decide(ledger, field, now, false);
    }

    /**
     * As {@link #decide(RotationLedger, Eligibility.Field, Instant)}; for a job that a member refused
     * ({@code coversRefusal}), the contenders are ranked first by their shortfall on the refused work
     * (its own account, accrued by weight like the jobs), so refused work is shared by weight too.
     */
    public static DispatchDecision decide(RotationLedger ledger, Eligibility.Field field, Instant now,
            boolean coversRefusal) {
        List<RankedCandidate> ranking = rank(ledger, field.contenders(), coversRefusal);
        String winner = ranking.isEmpty() ? null : ranking.get(0).memberId();
        return new DispatchDecision(DispatchDecision.Kind.ROTATION, now, ledger.category(), ledger.month(), ranking,
                field.excluded(), winner, null, null, true, coversRefusal);
    }

    /**
     * A coordinator's choice: the field is ranked as the rotation would (so the decision shows the
     * shares), the chosen member wins. {@code counted}: whether the job enters the rotation's count now
     * (false when it moves from a member that held it).
     */
    public static DispatchDecision choose(RotationLedger ledger, Eligibility.Field field, Contender chosen,
            String decidedBy, String overrideReason, boolean counted, Instant now) {
        List<Contender> contenders = new ArrayList<>(field.contenders());
        if (field.contender(chosen.memberId()).isEmpty()) {
            contenders.add(chosen);
        }
        List<Excluded> excluded = field.excluded().stream().filter(e -> !e.memberId().equals(chosen.memberId())).toList();
        return new DispatchDecision(DispatchDecision.Kind.MANUAL, now, ledger.category(), ledger.month(),
                rank(ledger, contenders, false), excluded, chosen.memberId(), decidedBy, overrideReason, counted, false);
    }

    static List<RankedCandidate> rank(RotationLedger ledger, List<Contender> contenders) {
        return rank(ledger, contenders, false);
    }

    static List<RankedCandidate> rank(RotationLedger ledger, List<Contender> contenders, boolean coversRefusal) {
        long totalWeight = contenders.stream().mapToLong(Contender::weight).sum();
        List<RankedCandidate> unranked = new ArrayList<>();
        for (Contender contender : contenders) {
            Share share = ledger.shareOf(contender.memberId()).orElse(null);
            boolean fresh = share == null
                    || (contender.activeSince() != null && contender.activeSince().isAfter(share.since()));
            if (fresh) {
                share = Share.startedAtShare(share, null);
            }
            double accrual = (double) contender.weight() / totalWeight;
            double target = share.target() + accrual;
            unranked.add(new RankedCandidate(0, contender.memberId(), contender.weight(), target, share.received(),
                    target - share.received(), share.lastOfferedAt(), fresh,
                    coversRefusal ? share.coverShortfall() + accrual : null));
        }
        // refused work goes by its own account, unless a member would otherwise fall more than a job behind
        boolean someoneFarBehind = unranked.stream().anyMatch(c -> c.shortfall() > 1 + TIE);
        unranked.sort(coversRefusal && !someoneFarBehind ? COVER_ORDER : ORDER);
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            ranked.add(unranked.get(i).ranked(i + 1));
        }
        return ranked;
    }

    private static final Comparator<RankedCandidate> BY_SHORTFALL = (a, b) -> larger(a.shortfall(), b.shortfall());

    private static final Comparator<RankedCandidate> BY_COVER_SHORTFALL =
            (a, b) -> larger(a.coverShortfall(), b.coverShortfall());

    /**
     * For refused work: among the members that stay within their share by taking it (shortfall ≥ 0,
     * this job's accrual included), the one furthest behind its share of refused work; then as usual.
     * Used only while no member is more than a job behind (then the usual order decides), so that every
     * member stays within one job of its target whichever way refused work goes.
     */
    static final Comparator<RankedCandidate> COVER_ORDER = Comparator
            .comparing((RankedCandidate c) -> c.shortfall() < -TIE)
            .thenComparing(BY_COVER_SHORTFALL)
            .thenComparing(BY_SHORTFALL)
            .thenComparing(RankedCandidate::lastOfferedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RankedCandidate::memberId);

    private static int larger(double a, double b) {
        double difference = b - a;
        return Math.abs(difference) < TIE ? 0 : (difference > 0 ? 1 : -1);
    }

    /** Largest shortfall first; then offered least recently (never offered first); then lowest id. */
    static final Comparator<RankedCandidate> ORDER = BY_SHORTFALL
            .thenComparing(RankedCandidate::lastOfferedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RankedCandidate::memberId);
}
