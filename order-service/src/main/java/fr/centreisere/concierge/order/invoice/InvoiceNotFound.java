package fr.centreisere.concierge.order.invoice;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** No such invoice, or none the caller may see (404, never 403: another's invoice is not revealed). */
public class InvoiceNotFound extends LocalizedException {

    public InvoiceNotFound(String number) {
        super("invoice.not-found", number);
    }
}
