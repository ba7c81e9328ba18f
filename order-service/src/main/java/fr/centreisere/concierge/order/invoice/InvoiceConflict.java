package fr.centreisere.concierge.order.invoice;

import fr.centreisere.concierge.platform.i18n.LocalizedException;
import org.jspecify.annotations.Nullable;

/** What the invoice's state forbids, or a month not over yet (409). */
public class InvoiceConflict extends LocalizedException {

    public InvoiceConflict(String code, Object... args) {
        super(code, args);
    }

    static InvoiceConflict alreadyCredited(String number, @Nullable String by) {
        return new InvoiceConflict("invoice.already-credited", number, String.valueOf(by));
    }

    static InvoiceConflict creditOfCreditNote(String number) {
        return new InvoiceConflict("invoice.credit-of-credit-note", number);
    }

    static InvoiceConflict monthNotOver(java.time.YearMonth month) {
        return new InvoiceConflict("invoice.month-not-over", month);
    }
}
