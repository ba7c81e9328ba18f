package fr.centreisere.concierge.order.invoice.facturx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.order.invoice.Invoice;
import fr.centreisere.concierge.order.invoice.InvoiceFixtures;
import fr.centreisere.concierge.order.invoice.InvoiceNumber;
import fr.centreisere.concierge.order.invoice.InvoiceType;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * Every kind of document the pole issues — a company's invoice (three VAT rates, a cent of rounding), a
 * member's commission invoice, a credit note — is Factur-X EN 16931 by Mustang's validator (veraPDF for
 * PDF/A-3, the EN 16931 schematron for the XML), carries its CII XML as {@code factur-x.xml}, and prints the
 * mandatory mentions.
 */
class FacturXInvoiceTest {

    static final FacturXInvoice FACTUR_X = new FacturXInvoice(fr.centreisere.concierge.order.orders.OrderFixtures.TEXTS);
    static Invoice company;
    static Invoice member;
    static Invoice creditNote;

    @BeforeAll
    static void documents() {
        company = Invoice.issued(new InvoiceNumber(InvoiceType.INVOICE, 2027, 1),
                InvoiceFixtures.companyDraft("cmp-alpes-numerique", InvoiceFixtures.mixedShares()));
        member = Invoice.issued(new InvoiceNumber(InvoiceType.INVOICE, 2027, 2), InvoiceFixtures.memberDraft(
                "mbr-atelier-velo-voironnais", List.of(InvoiceFixtures.commission("CI-2026-000011", 400, 3),
                        InvoiceFixtures.commission("CI-2026-000012", 333, 7))));
        creditNote = Invoice.issued(new InvoiceNumber(InvoiceType.CREDIT_NOTE, 2027, 1),
                company.creditNote("Part employeur facturée deux fois", InvoiceFixtures.ISSUED_AT,
                        java.time.LocalDate.of(2027, 1, 6)));
        assertThat(company.content().rounding().cents()).isNotZero();
    }

    @Test
    void everyKindOfDocumentPassesTheValidatorAsFacturXEn16931() {
        for (Invoice invoice : List.of(company, member, creditNote)) {
            byte[] pdf = FACTUR_X.render(invoice);
            ZUGFeRDValidator validator = new ZUGFeRDValidator();
            String report = validator.validate(pdf, invoice.number().value() + ".pdf");
            assertThat(report).as(invoice.number().value())
                    .contains("<profile>urn:cen.eu:en16931:2017</profile>")
                    .contains("isCompliant=true")
                    .doesNotContain("status=\"invalid\"")
                    .doesNotContain("<error");
            assertThat(report.substring(report.lastIndexOf("<summary"))).startsWith("<summary status=\"valid\"/>");
        }
    }

    @Test
    void theEmbeddedFileIsTheCiiXmlOfThatInvoice() throws IOException {
        try (PDDocument document = Loader.loadPDF(FACTUR_X.render(company))) {
            PDEmbeddedFilesNameTreeNode files = document.getDocumentCatalog().getNames().getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> names = files.getNames();
            assertThat(names).containsOnlyKeys("factur-x.xml");
            String xml = new String(names.get("factur-x.xml").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xml).contains("CrossIndustryInvoice", "urn:cen.eu:en16931:2017", "<ram:ID>FA-2027-000001</ram:ID>",
                    "<ram:TypeCode>380</ram:TypeCode>", "FR44732829320", "FR62852369410", "FR7630006000011234567890189",
                    "schemeID=\"0002\">732829320<", "<ram:RoundingAmount>0.01</ram:RoundingAmount>",
                    "<ram:DuePayableAmount>62.38</ram:DuePayableAmount>");
        }
        try (PDDocument document = Loader.loadPDF(FACTUR_X.render(creditNote))) {
            String xml = new String(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("factur-x.xml").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xml).contains("<ram:TypeCode>381</ram:TypeCode>", "AV-2027-000001", "FA-2027-000001");
        }
    }

    @Test
    void thePdfPrintsTheMandatoryMentions() throws IOException {
        try (PDDocument document = Loader.loadPDF(FACTUR_X.render(company))) {
            String text = new PDFTextStripper().getText(document).replace((char) 0xA0, (char) 32).replaceAll("\\s+", " ");
            assertThat(text).contains("Facture FA-2027-000001", "SIRET 73282932000074", "FR44732829320",
                    "SIRET 85236941000018", "FR62852369410", "05/01/2027", "04/02/2027", "TVA 20 %", "TVA 5,5 %",
                    "TVA 10 %", "Net à payer", "62,38 €", "Paiement à 30 jours", "12,15 %",
                    "indemnité forfaitaire pour frais de recouvrement de 40 €", "FR7630006000011234567890189");
        }
    }
}
