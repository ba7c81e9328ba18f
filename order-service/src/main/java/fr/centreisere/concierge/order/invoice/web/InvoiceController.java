package fr.centreisere.concierge.order.invoice.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.centreisere.concierge.order.invoice.CloseMonth;
import fr.centreisere.concierge.order.invoice.CreditInvoice;
import fr.centreisere.concierge.order.invoice.FindInvoices;
import fr.centreisere.concierge.order.invoice.Invoice;
import fr.centreisere.concierge.order.invoice.InvoiceReader;
import fr.centreisere.concierge.order.invoice.InvoiceType;
import fr.centreisere.concierge.order.invoice.RecipientKind;
import fr.centreisere.concierge.order.invoice.facturx.FacturXInvoice;
import fr.centreisere.concierge.order.invoice.web.InvoiceRequests.CloseMonthRequest;
import fr.centreisere.concierge.order.invoice.web.InvoiceRequests.CreditNoteRequest;
import fr.centreisere.concierge.platform.i18n.LocalizedException;
import fr.centreisere.concierge.platform.security.CurrentUser;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices (docs/API.md « Invoices »): a company's admin reads its company's, a member's staff its member's,
 * coordinators every one and close months and issue credit notes. Another's invoice is a 404. One invoice
 * answers JSON, or its Factur-X PDF with {@code Accept: application/pdf}.
 */
@RestController
class InvoiceController {

    private final FindInvoices find;
    private final CloseMonth closeMonth;
    private final CreditInvoice creditInvoice;
    private final FacturXInvoice facturX;

    InvoiceController(FindInvoices find, CloseMonth closeMonth, CreditInvoice creditInvoice, FacturXInvoice facturX) {
        this.find = find;
        this.closeMonth = closeMonth;
        this.creditInvoice = creditInvoice;
        this.facturX = facturX;
    }

    /**
     * The invoices and credit notes the pole issued to a company (its admins, coordinators), newest first;
     * another company's admin gets a 404.
     */
    @GetMapping("/api/companies/{companyId}/invoices")
    List<InvoiceView> ofCompany(CurrentUser user, @PathVariable String companyId) {
        return find.ofRecipient(reader(user), RecipientKind.COMPANY, companyId).stream().map(InvoiceView::of).toList();
    }

    /**
     * The invoices and credit notes of the pole's commission issued to a member structure (its staff,
     * coordinators), newest first; another member's staff gets a 404.
     */
    @GetMapping("/api/members/{memberId}/invoices")
    List<InvoiceView> ofMember(CurrentUser user, @PathVariable String memberId) {
        return find.ofRecipient(reader(user), RecipientKind.MEMBER, memberId).stream().map(InvoiceView::of).toList();
    }

    /**
     * One invoice or credit note of the company as JSON: parties, lines, VAT by rate, totals, due date and
     * state; with Accept: application/pdf, its Factur-X PDF (EN 16931).
     */
    @GetMapping(path = "/api/companies/{companyId}/invoices/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    InvoiceView companyInvoice(CurrentUser user, @PathVariable String companyId, @PathVariable String number) {
        return InvoiceView.of(find.one(reader(user), RecipientKind.COMPANY, companyId, number));
    }

    /**
     * The invoice's Factur-X PDF (PDF/A-3 with its CII XML), drawn from the issued invoice, which never
     * changes.
     */
    @GetMapping(path = "/api/companies/{companyId}/invoices/{number}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> companyInvoicePdf(CurrentUser user, @PathVariable String companyId, @PathVariable String number) {
        return pdf(find.one(reader(user), RecipientKind.COMPANY, companyId, number));
    }

    /** One invoice or credit note of the member as JSON; with Accept: application/pdf, its Factur-X PDF. */
    @GetMapping(path = "/api/members/{memberId}/invoices/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    InvoiceView memberInvoice(CurrentUser user, @PathVariable String memberId, @PathVariable String number) {
        return InvoiceView.of(find.one(reader(user), RecipientKind.MEMBER, memberId, number));
    }

    /** The member invoice's Factur-X PDF (PDF/A-3 with its CII XML). */
    @GetMapping(path = "/api/members/{memberId}/invoices/{number}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> memberInvoicePdf(CurrentUser user, @PathVariable String memberId, @PathVariable String number) {
        return pdf(find.one(reader(user), RecipientKind.MEMBER, memberId, number));
    }

    /** Coordinators (access rules): every document, of a month and a type when given. */
    @GetMapping("/api/invoices")
    List<InvoiceView> all(@RequestParam(required = false) @Nullable String month,
            @RequestParam(required = false) @Nullable String type) {
        return find.all(month == null || month.isBlank() ? null : month(month), type == null || type.isBlank() ? null : type(type))
                .stream().map(InvoiceView::of).toList();
    }

    /**
     * For coordinators: any invoice or credit note by its number, as JSON; with Accept: application/pdf, its
     * Factur-X PDF.
     */
    @GetMapping(path = "/api/invoices/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    InvoiceView one(CurrentUser user, @PathVariable String number) {
        return InvoiceView.of(find.one(reader(user), number));
    }

    /** For coordinators: any invoice's Factur-X PDF by its number. */
    @GetMapping(path = "/api/invoices/{number}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> onePdf(CurrentUser user, @PathVariable String number) {
        return pdf(find.one(reader(user), number));
    }

    /** 201 with what was issued; 200 with the month's invoices when it was closed before. */
    @PostMapping("/api/invoices/closings")
    ResponseEntity<ClosingView> close(@Valid @RequestBody CloseMonthRequest body) {
        CloseMonth.Closing closing = closeMonth.close(month(body.month()));
        return ResponseEntity.status(closing.alreadyClosed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new ClosingView(closing.month().toString(), closing.alreadyClosed(),
                        closing.invoices().stream().map(InvoiceView::of).toList()));
    }

    /**
     * For coordinators: issues a credit note that cancels an invoice, with a reason (201); an invoice already
     * credited is a 409.
     */
    @PostMapping("/api/invoices/{number}/credit-notes")
    ResponseEntity<InvoiceView> credit(@PathVariable String number, @Valid @RequestBody CreditNoteRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(InvoiceView.of(creditInvoice.credit(number, body.reason().strip())));
    }

    record ClosingView(String month, boolean alreadyClosed, List<InvoiceView> issued) {
    }

    private ResponseEntity<byte[]> pdf(Invoice invoice) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(invoice.number().value() + ".pdf").build().toString())
                .body(facturX.render(invoice));
    }

    private static InvoiceReader reader(CurrentUser user) {
        return new InvoiceReader(user.isCoordinator(), user.isCompanyAdmin() ? user.companyId() : null,
                user.isMemberStaff() ? user.memberId() : null);
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInvoiceParameter("month", "validation.month");
        }
    }

    private static InvoiceType type(String text) {
        try {
            return InvoiceType.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new BadInvoiceParameter("type", "validation.invoice-type");
        }
    }

    /** A query parameter that is not what it should be (400); {@code code} says what it should be. */
    static class BadInvoiceParameter extends LocalizedException {
        final String field;

        BadInvoiceParameter(String field, String code) {
            super(code);
            this.field = field;
        }
    }
}
