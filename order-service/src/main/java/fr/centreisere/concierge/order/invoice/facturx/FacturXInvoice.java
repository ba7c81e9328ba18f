package fr.centreisere.concierge.order.invoice.facturx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import fr.centreisere.concierge.order.invoice.Invoice;
import fr.centreisere.concierge.order.invoice.InvoiceDraft;
import fr.centreisere.concierge.order.invoice.InvoiceLine;
import fr.centreisere.concierge.order.invoice.InvoiceType;
import fr.centreisere.concierge.order.invoice.Party;
import fr.centreisere.concierge.order.invoice.RecipientKind;
import fr.centreisere.concierge.order.invoice.VatBreakdown;
import fr.centreisere.concierge.platform.i18n.Languages;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;
import fr.centreisere.concierge.platform.pdf.PdfColumn;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder;
import fr.centreisere.concierge.platform.pdf.PdfField;
import fr.centreisere.concierge.platform.pdf.PdfTable;
import fr.centreisere.concierge.platform.pdf.PdfTextBlock;

import org.mustangproject.BankDetails;
import org.mustangproject.IncludedNote;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.SchemedID;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.IZUGFeRDExporter;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;
import org.springframework.stereotype.Component;

/**
 * Draws an issued invoice or credit note as Factur-X (EN 16931): the PDF a person reads, with the mandatory
 * mentions (seller's and buyer's identity, SIRET, VAT numbers, dates, lines, VAT per rate, payment terms,
 * late-payment penalties, the 40 € recovery indemnity, IBAN), and its CII XML embedded by Mustang. Drawn from
 * the stored invoice whenever asked: the invoice never changes, and neither does its rendering's content.
 */
@Component
public class FacturXInvoice {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** SIRENE, the French registry: scheme of the SIREN in EN 16931 (ISO 6523 ICD 0002). */
    private static final String SIRENE = "0002";
    /** The French e-invoicing directory's addressing by SIREN (EAS 0225). */
    private static final String FRENCH_DIRECTORY = "0225";

    private final Texts texts;

    public FacturXInvoice(Texts texts) {
        this.texts = texts;
    }

    /**
     * A label of the document: French, then English. An invoice is a French legal document whatever its reader's
     * language, with its English twin beside each label; its words are in the bundle ({@code invoice.pdf.*}).
     */
    private String both(String code, Object... args) {
        Message label = Message.of(code, args);
        return texts.text(label, Languages.FRENCH) + " / " + texts.text(label, Languages.ENGLISH);
    }

    public byte[] render(Invoice invoice) {
        byte[] pdf = visible(invoice);
        try {
            IZUGFeRDExporter exporter = new ZUGFeRDExporterFromPDFA().load(pdf)
                    .setProducer("Conciergerie territoriale (Mustang)").setCreator("order-service")
                    .setProfile(Profiles.getByName("EN16931"));
            exporter.setTransaction(transaction(invoice));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the Factur-X of " + invoice.number() + " could not be made", e);
        }
    }

    /** The Mustang model of the invoice, from which it writes the CII XML. */
    org.mustangproject.Invoice transaction(Invoice invoice) {
        InvoiceDraft c = invoice.content();
        org.mustangproject.Invoice x = new org.mustangproject.Invoice()
                .setNumber(invoice.number().value())
                .setIssueDate(date(c.issueDate()))
                .setDueDate(date(c.dueDate()))
                .setDetailedDeliveryPeriod(date(c.month().atDay(1)), date(c.month().atEndOfMonth()))
                .setCurrency("EUR")
                .setSender(party(c.seller()).addBankDetails(new BankDetails(c.terms().iban(), c.terms().bic())))
                .setRecipient(party(c.buyer()))
                .setPaymentTermDescription(both("invoice.pdf.payment-terms", c.terms().days()))
                .addNotes(List.of(
                        new IncludedNote(c.terms().latePenalty(), org.mustangproject.SubjectCode.PMD),
                        new IncludedNote("Indemnité forfaitaire pour frais de recouvrement de 40 € (article D441-5 du code de commerce).",
                                org.mustangproject.SubjectCode.PMT),
                        new IncludedNote("Pas d'escompte pour paiement anticipé.", org.mustangproject.SubjectCode.AAB)));
        if (c.type() == InvoiceType.CREDIT_NOTE) {
            x.setCreditNote();
            x.setInvoiceReferencedDocumentID(c.creditedInvoice());
            x.addNote("Avoir annulant la facture " + c.creditedInvoice() + " : " + c.creditReason());
        }
        if (c.rounding().cents() != 0) {
            x.setRoundingAmount(Amounts.decimal(c.rounding()));
        }
        for (InvoiceLine line : c.lines()) {
            Product product = new Product(line.description(), line.reference() + " — " + Amounts.date(line.date()),
                    "C62", line.vatRatePercent());
            x.addItem(new Item(product, Amounts.decimal(line.net()), BigDecimal.ONE));
        }
        return x;
    }

    private static TradeParty party(Party p) {
        TradeParty party = new TradeParty(p.name(), p.line1(), p.postalCode(), p.city().isEmpty() ? "-" : p.city(),
                p.countryCode());
        if (p.line2() != null) {
            party.setAdditionalAddress(p.line2());
        }
        party.setLegalOrganisation(new LegalOrganisation(new SchemedID(SIRENE, p.siren()), p.name()));
        party.addUriUniversalCommunicationID(new SchemedID(FRENCH_DIRECTORY, p.siren()));
        if (p.vatNumber() != null) {
            party.setVATID(p.vatNumber());
        }
        return party;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(PARIS).toInstant());
    }

    /** The PDF a person reads (PDF/A-3b), before the XML is attached. */
    byte[] visible(Invoice invoice) {
        InvoiceDraft c = invoice.content();
        boolean creditNote = c.type() == InvoiceType.CREDIT_NOTE;
        boolean company = c.recipientKind() == RecipientKind.COMPANY;
        String title = (creditNote ? "Avoir " : "Facture ") + invoice.number().value();
        PdfDocumentBuilder pdf = PdfDocumentBuilder.a4(title).author(c.seller().name())
                .subject(both(creditNote ? "invoice.pdf.credit-note" : "invoice.pdf.invoice") + " — " + c.buyer().name() + " — " + c.month())
                .createdAt(c.issuedAt())
                .title(title + (creditNote ? "  (credit note)" : "  (invoice)"))
                .sideBySide(block(both("invoice.pdf.seller"), c.seller()), block(both("invoice.pdf.buyer"), c.buyer()));
        List<PdfField> fields = new ArrayList<>();
        fields.add(PdfField.of(both("invoice.pdf.issue-date"), Amounts.date(c.issueDate())));
        if (!creditNote) {
            fields.add(PdfField.of(both("invoice.pdf.due-date"), Amounts.date(c.dueDate())));
        }
        fields.add(PdfField.of(both("invoice.pdf.period"), Amounts.date(c.month().atDay(1)) + " – " + Amounts.date(c.month().atEndOfMonth())));
        fields.add(PdfField.of(both("invoice.pdf.subject"),
                both(company ? "invoice.pdf.subject.employer-shares" : "invoice.pdf.subject.commission")));
        if (creditNote) {
            fields.add(PdfField.of(both("invoice.pdf.cancels-invoice"), c.creditedInvoice()));
            fields.add(PdfField.of(both("invoice.pdf.reason"), c.creditReason() == null ? "" : c.creditReason()));
        }
        pdf.fields(fields);

        List<PdfColumn> columns = new ArrayList<>(List.of(PdfColumn.text("Commande", 1.6f), PdfColumn.text("Désignation", 4),
                PdfColumn.text("Date", 1.3f), PdfColumn.number("TVA", 0.8f), PdfColumn.number("Montant HT", 1.5f)));
        if (company) {
            columns.add(PdfColumn.number("Part employeur TTC", 1.6f));
        }
        PdfTable table = PdfTable.of(columns);
        for (InvoiceLine line : c.lines()) {
            List<String> cells = new ArrayList<>(List.of(line.reference(), line.description(), Amounts.date(line.date()),
                    Amounts.rate(line.vatRatePercent()), Amounts.euros(line.net())));
            if (company) {
                cells.add(line.grossShare() == null ? "" : Amounts.euros(line.grossShare()));
            }
            table.row(cells);
        }
        totals(table, company, both("invoice.pdf.net-total"), Amounts.euros(invoice.netTotal()));
        for (VatBreakdown vat : invoice.vatBreakdown()) {
            totals(table, company, both("invoice.pdf.vat-on", Amounts.rate(vat.ratePercent()), Amounts.euros(vat.taxable())),
                    Amounts.euros(vat.vat()));
        }
        totals(table, company, both("invoice.pdf.gross-total"), Amounts.euros(invoice.grossTotal()));
        if (c.rounding().cents() != 0) {
            totals(table, company, both("invoice.pdf.rounding"), Amounts.euros(c.rounding()));
        }
        totals(table, company, both(creditNote ? "invoice.pdf.credited-amount" : "invoice.pdf.amount-due"),
                Amounts.euros(invoice.amountDue()));
        pdf.table(table);

        pdf.heading(both("invoice.pdf.payment"))
                .paragraph(both("invoice.pdf.payment-terms", c.terms().days()))
                .fields(PdfField.of("IBAN", c.terms().iban()), PdfField.of("BIC", c.terms().bic() == null ? "" : c.terms().bic()),
                        PdfField.of(both("invoice.pdf.reference"), invoice.number().value()))
                .smallPrint(c.terms().latePenalty())
                .footer(c.seller().name() + " — SIRET " + c.seller().siret()
                        + (c.seller().vatNumber() == null ? "" : " — TVA " + c.seller().vatNumber())
                        + " — IBAN " + c.terms().iban());
        return pdf.toBytes();
    }

    private static void totals(PdfTable table, boolean company, String label, String amount) {
        if (company) {
            table.total("", label, "", "", "", amount);
        } else {
            table.total("", label, "", "", amount);
        }
    }

    private static PdfTextBlock block(String heading, Party p) {
        List<String> lines = new ArrayList<>();
        lines.add(p.name());
        lines.add(p.line1());
        if (p.line2() != null) {
            lines.add(p.line2());
        }
        lines.add((p.postalCode() + " " + p.city()).trim());
        lines.add("SIRET " + p.siret());
        lines.add(p.vatNumber() == null ? "TVA intracommunautaire : —" : "TVA intracommunautaire : " + p.vatNumber());
        return new PdfTextBlock(heading, lines);
    }
}
