package fr.centreisere.concierge.order.invoice.web;

import java.util.List;

import fr.centreisere.concierge.order.invoice.Invoice;
import fr.centreisere.concierge.order.invoice.InvoiceDraft;
import fr.centreisere.concierge.order.invoice.Party;

import org.jspecify.annotations.Nullable;

/** An invoice or credit note as the API shows it; amounts in cents, rates as decimal text, dates ISO. */
record InvoiceView(String number, String type, String state, String month, String recipientKind, String recipientId,
        PartyView seller, PartyView buyer, String issueDate, String dueDate, List<LineView> lines, List<VatView> vat,
        long netCents, long vatCents, long grossCents, long roundingCents, long amountDueCents,
        @Nullable String creditedBy, @Nullable String creditedInvoice, @Nullable String creditReason) {

    record PartyView(String name, String line1, @Nullable String line2, String postalCode, String city, String siret,
            @Nullable String vatNumber) {
    }

    record LineView(String reference, String description, String date, String vatRatePercent, long netCents,
            @Nullable Long employerShareCents) {
    }

    record VatView(String ratePercent, long taxableCents, long vatCents) {
    }

    static InvoiceView of(Invoice invoice) {
        InvoiceDraft c = invoice.content();
        return new InvoiceView(invoice.number().value(), c.type().name(), invoice.state().name(), c.month().toString(),
                c.recipientKind().name(), c.recipientId(), party(c.seller()), party(c.buyer()), c.issueDate().toString(),
                c.dueDate().toString(),
                c.lines().stream().map(l -> new LineView(l.reference(), l.description(), l.date().toString(),
                        l.vatRatePercent().toPlainString(), l.net().cents(),
                        l.grossShare() == null ? null : l.grossShare().cents())).toList(),
                invoice.vatBreakdown().stream().map(v -> new VatView(v.ratePercent().toPlainString(), v.taxable().cents(),
                        v.vat().cents())).toList(),
                invoice.netTotal().cents(), invoice.vatTotal().cents(), invoice.grossTotal().cents(),
                c.rounding().cents(), invoice.amountDue().cents(), invoice.creditedBy(), c.creditedInvoice(),
                c.creditReason());
    }

    private static PartyView party(Party p) {
        return new PartyView(p.name(), p.line1(), p.line2(), p.postalCode(), p.city(), p.siret(), p.vatNumber());
    }
}
