package fr.centreisere.concierge.order.invoice;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Reading invoices: a recipient's, one by number, all of them (coordinators). Another's is not found. */
public class FindInvoices {

    private final Invoices invoices;

    public FindInvoices(Invoices invoices) {
        this.invoices = invoices;
    }

    /** @throws InvoiceNotFound when the reader may not read that recipient's invoices (nothing revealed) */
    public List<Invoice> ofRecipient(InvoiceReader reader, RecipientKind kind, String recipientId) {
        if (!reader.mayRead(kind, recipientId)) {
            throw new InvoiceNotFound(recipientId);
        }
        return invoices.ofRecipient(kind, recipientId);
    }

    /** That recipient's document of that number. @throws InvoiceNotFound otherwise */
    public Invoice one(InvoiceReader reader, RecipientKind kind, String recipientId, String number) {
        return invoices.find(number)
                .filter(invoice -> invoice.recipientKind() == kind && invoice.recipientId().equals(recipientId))
                .filter(invoice -> reader.mayRead(kind, recipientId))
                .orElseThrow(() -> new InvoiceNotFound(number));
    }

    /** Any document (coordinators). */
    public Invoice one(InvoiceReader reader, String number) {
        return invoices.find(number).filter(invoice -> reader.mayRead(invoice.recipientKind(), invoice.recipientId()))
                .orElseThrow(() -> new InvoiceNotFound(number));
    }

    public List<Invoice> all(@Nullable YearMonth month, @Nullable InvoiceType type) {
        return invoices.all(month, type);
    }
}
