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
            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{validation.month}") String month) {
    }

    /** {@code POST /api/invoices/{number}/credit-notes}: why the invoice is cancelled. */
    record CreditNoteRequest(@NotBlank(message = "{validation.required}") @PrintableText(max = 300) String reason) {
    }
}
