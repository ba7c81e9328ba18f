package fr.centreisere.concierge.order.invoice;

import java.time.Clock;
import java.time.Instant;

import fr.centreisere.concierge.order.orders.Slot;

/**
 * Cancels an invoice by a credit note of the same lines (coordinators). The credit note is issued first, its
 * {@code issueKey} ({@code credit/<invoice>}) unique, so two concurrent requests issue one; then the invoice
 * is marked credited. A credited invoice, or a credit note, is refused (409).
 */
public class CreditInvoice {

    private final Invoices invoices;
    private final Clock clock;

    public CreditInvoice(Invoices invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    /**
     * @throws InvoiceNotFound for an unknown number
     * @throws InvoiceConflict when it cannot be credited (already credited, a credit note)
     */
    public Invoice credit(String number, String reason) {
        Invoice invoice = invoices.find(number).orElseThrow(() -> new InvoiceNotFound(number));
        Instant now = clock.instant();
        InvoiceDraft creditNote = invoice.creditNote(reason, now, now.atZone(Slot.TERRITORY_ZONE).toLocalDate());
        Invoice issued = invoices.issue(creditNote).orElseThrow(() -> {
            // another request credited it meanwhile: finish its change and refuse this one
            invoices.findByIssueKey(creditNote.issueKey())
                    .ifPresent(other -> invoices.markCredited(number, other.number().value()));
            return InvoiceConflict.alreadyCredited(number,
                    invoices.findByIssueKey(creditNote.issueKey()).map(i -> i.number().value()).orElse("?"));
        });
        invoices.markCredited(number, issued.number().value());
        return issued;
    }
}
