package fr.centreisere.concierge.provider.job;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What happened to the job's previous holder, to be written in the rotation's account together with
 * the next decision: it refused the job (that was its turn), or lost it — the job was cancelled (it
 * leaves the rotation as if it had never been dispatched, so the holder is back where it stood
 * before, first in line) or moved away by a coordinator (the holder is owed a job again). Applied to
 * the ledger of the month in which the holder was given the job.
 */
public record LedgerCorrection(Kind kind, String category, YearMonth month, String memberId,
        DispatchDecision decision) {

    public enum Kind { NONE, REFUSED, GIVEN_BACK, CANCELLED }

    public static final LedgerCorrection NONE = new LedgerCorrection(Kind.NONE, null, null, null, null);

    public LedgerCorrection(Kind kind, String category, YearMonth month, String memberId) {
        this(kind, category, month, memberId, null);
    }

    public LedgerCorrection {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.NONE) {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(memberId, "memberId");
        }
    }

    /** The correction for the job's current holder, if the rotation counted the job for it. */
    static LedgerCorrection forHolder(Job job, Kind kind) {
        return job.countedHolding()
                .map(d -> new LedgerCorrection(kind, d.category(), d.month(), d.winner(), d))
                .orElse(NONE);
    }

    boolean appliesTo(String otherCategory, YearMonth otherMonth) {
        return kind != Kind.NONE && category.equals(otherCategory) && month.equals(otherMonth);
    }

    RotationLedger apply(RotationLedger ledger) {
        return switch (kind) {
            case NONE -> ledger;
            case REFUSED -> ledger.refusedBy(memberId);
            case GIVEN_BACK -> ledger.givenBack(memberId);
            case CANCELLED -> ledger.unrecord(decision).cancelledFor(memberId, 1);
        };
    }

    RotationLedger revert(RotationLedger ledger) {
        return switch (kind) {
            case NONE -> ledger;
            case REFUSED -> ledger.unrefusedBy(memberId);
            case GIVEN_BACK -> ledger.ungivenBack(memberId);
            case CANCELLED -> ledger.record(decision).cancelledFor(memberId, -1);
        };
    }
}
