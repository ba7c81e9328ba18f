package fr.centreisere.concierge.order.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import fr.centreisere.concierge.order.money.Money;

import org.jspecify.annotations.Nullable;

/**
 * An issued invoice or credit note. Its content (parties, dates, lines, amounts) never changes; the only
 * change it knows is an invoice's {@code ISSUED → CREDITED} when a credit note cancels it. Totals are sums:
 * net = Σ lines, VAT = Σ breakdown (each rate's sum × rate, EN 16931), gross = net + VAT, due = gross +
 * rounding (a cent at most, when the employer's shares, VAT included, cannot be split exactly).
 */
public final class Invoice {

    private final InvoiceNumber number;
    private final InvoiceDraft content;
    private InvoiceState state;
    private @Nullable String creditedBy;

    public Invoice(InvoiceNumber number, InvoiceDraft content, InvoiceState state, @Nullable String creditedBy) {
        this.number = Objects.requireNonNull(number, "number");
        this.content = Objects.requireNonNull(content, "content");
        this.state = Objects.requireNonNull(state, "state");
        this.creditedBy = creditedBy;
        if (number.type() != content.type()) {
            throw new IllegalArgumentException("a " + content.type() + " numbered " + number);
        }
    }

    public static Invoice issued(InvoiceNumber number, InvoiceDraft content) {
        return new Invoice(number, content, InvoiceState.ISSUED, null);
    }

    /**
     * Cancels this invoice by that credit note.
     *
     * @throws InvoiceConflict when it is a credit note, or already credited
     */
    public void creditBy(String creditNoteNumber) {
        checkMayBeCredited();
        state = InvoiceState.CREDITED;
        creditedBy = creditNoteNumber;
    }

    public void checkMayBeCredited() {
        if (content.type() != InvoiceType.INVOICE) {
            throw InvoiceConflict.creditOfCreditNote(number.value());
        }
        if (!state.mayBecome(InvoiceState.CREDITED)) {
            throw InvoiceConflict.alreadyCredited(number.value(), creditedBy);
        }
    }

    /** The credit note that cancels this invoice, every line as it was. */
    public InvoiceDraft creditNote(String reason, Instant issuedAt, LocalDate issueDate) {
        checkMayBeCredited();
        return new InvoiceDraft(InvoiceType.CREDIT_NOTE, InvoiceDraft.creditKey(number.value()), content.month(),
                content.recipientKind(), content.recipientId(), content.seller(), content.buyer(), issuedAt, issueDate,
                issueDate, content.terms(), content.lines(), content.rounding(), number.value(), reason);
    }

    public List<VatBreakdown> vatBreakdown() {
        return VatBreakdown.of(content.lines());
    }

    public Money netTotal() {
        return content.lines().stream().map(InvoiceLine::net).reduce(Money.ZERO, Money::plus);
    }

    public Money vatTotal() {
        return vatBreakdown().stream().map(VatBreakdown::vat).reduce(Money.ZERO, Money::plus);
    }

    public Money grossTotal() {
        return netTotal().plus(vatTotal());
    }

    public Money amountDue() {
        return grossTotal().plus(content.rounding());
    }

    public InvoiceNumber number() { return number; }
    public InvoiceDraft content() { return content; }
    public InvoiceType type() { return content.type(); }
    public InvoiceState state() { return state; }
    public @Nullable String creditedBy() { return creditedBy; }
    public YearMonth month() { return content.month(); }
    public RecipientKind recipientKind() { return content.recipientKind(); }
    public String recipientId() { return content.recipientId(); }
    public List<InvoiceLine> lines() { return content.lines(); }
}
