package fr.centreisere.concierge.order.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import fr.centreisere.concierge.order.money.Money;

import org.jspecify.annotations.Nullable;

/**
 * An invoice or credit note ready to be issued, everything but its number: the store gives the number in the
 * insert that issues it ({@link Invoices#issue}). {@code issueKey} makes issuing idempotent: one invoice per
 * recipient and month ({@code 2026-11/COMPANY/cmp-…}), one credit note per invoice ({@code credit/FA-…}).
 */
public record InvoiceDraft(InvoiceType type, String issueKey, YearMonth month, RecipientKind recipientKind,
        String recipientId, Party seller, Party buyer, Instant issuedAt, LocalDate issueDate, LocalDate dueDate,
        PaymentTerms terms, List<InvoiceLine> lines, Money rounding, @Nullable String creditedInvoice,
        @Nullable String creditReason) {

    public InvoiceDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(rounding, "rounding");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice without lines");
        }
        if ((type == InvoiceType.CREDIT_NOTE) != (creditedInvoice != null)) {
            throw new IllegalArgumentException("a credit note, and only a credit note, refers to an invoice");
        }
    }

    public static String monthKey(YearMonth month, RecipientKind kind, String recipientId) {
        return month + "/" + kind + "/" + recipientId;
    }

    public static String creditKey(String invoiceNumber) {
        return "credit/" + invoiceNumber;
    }

    /** The year whose sequence numbers it: the year of its issue date. */
    public int year() {
        return issueDate.getYear();
    }
}
