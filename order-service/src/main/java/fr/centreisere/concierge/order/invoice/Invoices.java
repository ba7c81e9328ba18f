package fr.centreisere.concierge.order.invoice;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Where issued invoices and credit notes are kept; the store numbers them. */
public interface Invoices {

    /**
     * Issues the draft: gives it the next number of its type and year and stores it, in one insert (retried
     * with the following number when another issue took that one).
     *
     * @return the issued invoice; nothing when a document of that {@code issueKey} is already issued
     */
    Optional<Invoice> issue(InvoiceDraft draft);

    Optional<Invoice> find(String number);

    Optional<Invoice> findByIssueKey(String issueKey);

    /** A recipient's documents, newest first. */
    List<Invoice> ofRecipient(RecipientKind kind, String recipientId);

    /** Every document, newest first, of that month and type when given. */
    List<Invoice> all(@Nullable YearMonth month, @Nullable InvoiceType type);

    /** {@code ISSUED → CREDITED} if it is still issued; whether this call made the change. */
    boolean markCredited(String number, String creditNoteNumber);
}
