package fr.centreisere.concierge.order.invoice;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who reads invoices, as this feature needs it (built by the web layer from the token): a coordinator reads
 * all, a company's admin that company's, a member's staff that member's.
 */
public record InvoiceReader(boolean coordinator, @Nullable String adminOf, @Nullable String staffOf) {

    public boolean mayRead(RecipientKind kind, String recipientId) {
        Objects.requireNonNull(recipientId, "recipientId");
        return coordinator
                || kind == RecipientKind.COMPANY && recipientId.equals(adminOf)
                || kind == RecipientKind.MEMBER && recipientId.equals(staffOf);
    }
}
