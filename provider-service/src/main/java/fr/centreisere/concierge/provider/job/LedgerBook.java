package fr.centreisere.concierge.provider.job;

import java.time.YearMonth;
import java.util.function.UnaryOperator;

/** Applies a change to a rotation ledger with optimistic retries (several dispatches may run at once). */
public class LedgerBook {

    private static final int ATTEMPTS = 20;

    private final RotationLedgers ledgers;

    public LedgerBook(RotationLedgers ledgers) {
        this.ledgers = ledgers;
    }

    public RotationLedger current(String category, YearMonth month) {
        return ledgers.of(category, month);
    }

    public void change(String category, YearMonth month, UnaryOperator<RotationLedger> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (ledgers.save(change.apply(ledgers.of(category, month)))) {
                return;
            }
        }
        throw new IllegalStateException("rotation ledger " + category + " " + month + " kept changing");
    }
}
