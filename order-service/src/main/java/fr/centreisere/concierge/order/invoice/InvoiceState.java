package fr.centreisere.concierge.order.invoice;

import java.util.Map;
import java.util.Set;

/**
 * Where an issued document stands. An invoice is {@code ISSUED}, and {@code CREDITED} once a credit note
 * cancels it (nothing else ever changes on it); a credit note is {@code ISSUED} and stays so.
 */
public enum InvoiceState {
    ISSUED,
    CREDITED;

    private static final Map<InvoiceState, Set<InvoiceState>> ALLOWED = Map.of(
            ISSUED, Set.of(CREDITED),
            CREDITED, Set.of());

    public boolean mayBecome(InvoiceState next) {
        return ALLOWED.get(this).contains(next);
    }
}
