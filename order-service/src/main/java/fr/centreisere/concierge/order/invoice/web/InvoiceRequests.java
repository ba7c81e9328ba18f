package fr.centreisere.concierge.order.invoice.web;

import fr.centreisere.concierge.platform.text.PrintableText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The bodies of the coordinators' invoice requests. */
final class InvoiceRequests {

    private InvoiceRequests() {
    }

    /** {@code POST /api/invoices/closings}: the month to close, {@code yyyy-MM}. */
    record CloseMonthRequest(
            @NotBlank(message = "obligatoire / required")
            @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "mois au format aaaa-MM / a month as yyyy-MM") String month) {
    }

    /** {@code POST /api/invoices/{number}/credit-notes}: why the invoice is cancelled. */
    record CreditNoteRequest(@NotBlank(message = "obligatoire / required") @PrintableText(max = 300) String reason) {
    }
}
