package fr.centreisere.concierge.provider.job;

import java.time.YearMonth;

/** The rotation's monthly accounts per category (port). */
public interface RotationLedgers {

    /** The ledger of that category and month; an empty one (version 0) if none is stored yet. */
    RotationLedger of(String category, YearMonth month);

    /** Saves the ledger if it is still at the version it was read in; false otherwise (read again and retry). */
    boolean save(RotationLedger ledger);
}
