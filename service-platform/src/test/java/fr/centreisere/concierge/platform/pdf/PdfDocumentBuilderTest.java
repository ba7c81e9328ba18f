package fr.centreisere.concierge.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

class PdfDocumentBuilderTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T09:30:15.250Z");

    @Test
    void theTextReadBackHoldsEveryLineAccentsAndEuroSignsIncluded() throws IOException {
        byte[] pdf = PdfDocumentBuilder.a4("Facture FA-2026-000001").author("Pôle de services").createdAt(CREATED)
                .title("Facture FA-2026-000001")
                .sideBySide(PdfTextBlock.of("Émetteur", "Pôle de services du Centre Isère", "38000 Grenoble"),
                        PdfTextBlock.of("Client", "Société Étienne & Fils", "38100 Grenoble"))
                .fields(PdfField.of("Date d'émission", "01/12/2026"), PdfField.of("Date d'échéance", "31/12/2026"))
                .table(invoiceLines(3))
                .paragraph("Indemnité forfaitaire pour frais de recouvrement de 40 € (article L441-10 du code de commerce).")
                .footer("Pôle de services du Centre Isère — SIRET 123 456 789 00012")
                .toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Facture FA-2026-000001", "Émetteur", "Société Étienne & Fils",
                    "Date d'échéance", "31/12/2026", "Désignation", "Ménage 2", "1 234,56 €",
                    "Total TTC", "de 40 €", "SIRET 123 456 789 00012", "1 / 1");
        }
    }

    @Test
    void theOnlyFontIsLiberationSansAndItIsEmbedded() throws IOException {
        byte[] pdf = PdfDocumentBuilder.a4("Fonts").title("Titre").paragraph("Corps du texte").table(invoiceLines(2))
                .footer("Pied de page").toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("LiberationSans"));
        }
    }

    @Test
    void pagesGrowWithTheRowsAndEveryPageRepeatsTheHeaders() throws IOException {
        byte[] short_ = PdfDocumentBuilder.a4("Court").title("Relevé").table(invoiceLines(5)).toBytes();
        byte[] longer = PdfDocumentBuilder.a4("Long").title("Relevé").table(invoiceLines(200)).toBytes();

        try (PDDocument one = Loader.loadPDF(short_); PDDocument many = Loader.loadPDF(longer)) {
            assertThat(one.getNumberOfPages()).isEqualTo(1);
            assertThat(many.getNumberOfPages()).isGreaterThan(3);
            String all = new PDFTextStripper().getText(many);
            assertThat(all).contains("Ménage 1 ", "Ménage 200 ");
            for (int page = 1; page <= many.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(many)).as("page " + page).contains("Désignation", "Montant TTC");
            }
            assertThat(all).contains("Total TTC");
        }
    }

    @Test
    void numericColumnsEndOnTheSameRightEdgeAndNothingCrossesTheMargins() throws IOException {
        byte[] pdf = PdfDocumentBuilder.a4("Alignement")
                .table(PdfTable.of(PdfColumn.text("Désignation", 3), PdfColumn.number("Montant", 1))
                        .row("Court", "1,00 €")
                        .row("Un libellé très long qui doit passer à la ligne plusieurs fois dans sa colonne étroite "
                                + "sans jamais déborder sur la colonne des montants", "1 234 567,89 €")
                        .row("Motsanslesespacesquinepeutpasêtrecoupéauxespacesmaisquidoitl'êtrequandmêmeparcequ'ilesttroplong",
                                "12,50 €"))
                .toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<List<TextPosition>> runs = runs(document);
            float pageWidth = document.getPage(0).getMediaBox().getWidth();
            List<Float> amountEnds = new ArrayList<>();
            for (List<TextPosition> run : runs) {
                TextPosition last = run.get(run.size() - 1);
                float end = last.getXDirAdj() + last.getWidthDirAdj();
                assertThat(run.get(0).getXDirAdj()).isGreaterThanOrEqualTo(49f);
                assertThat(end).isLessThanOrEqualTo(pageWidth - 49f);
                if (last.getUnicode().equals("€")) {
                    amountEnds.add(end);
                }
            }
            assertThat(amountEnds).hasSize(3);
            assertThat(amountEnds.get(1)).isCloseTo(amountEnds.get(0), within(0.5f));
            assertThat(amountEnds.get(2)).isCloseTo(amountEnds.get(0), within(0.5f));
        }
    }

    @Test
    void itIsDeclaredPdfA3bWithTheSameMetadataTwiceAndAnSrgbOutputIntent() throws Exception {
        byte[] pdf = PdfDocumentBuilder.a4("Facture FA-2026-000007").author("Pôle de services")
                .subject("Facture du mois").createdAt(CREATED).paragraph("Texte").toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getVersion()).isEqualTo(1.7f);
            assertThat(document.getDocument().getDocumentID()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Facture FA-2026-000007")
                    .isEqualTo(document.getDocumentInformation().getTitle());
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Pôle de services");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Pôle de services");
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(Instant.parse("2026-12-01T09:30:15Z"))
                    .isEqualTo(document.getDocumentInformation().getCreationDate().toInstant());
            assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(document.getDocumentInformation().getProducer());
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).singleElement().satisfies(intent -> {
                assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
                assertThat(intent.getDestOutputIntent().getInt(COSName.N)).isEqualTo(3);
            });
        }
    }

    @Test
    void aCharacterTheFontLacksIsDrawnAsAQuestionMarkAndNarrowSpacesStaySpaces() throws IOException {
        byte[] pdf = PdfDocumentBuilder.a4("Glyphes").paragraph("Merci 🙂 漢字\tfin 1\u202F234,50\u00A0€").toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Merci ? ?? fin 1").contains("234,50").doesNotContain("🙂");
        }
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        PdfTable table = PdfTable.of(PdfColumn.text("A", 1), PdfColumn.number("B", 1));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> table.row("seul"));
    }

    private static PdfTable invoiceLines(int count) {
        PdfTable table = PdfTable.of(PdfColumn.text("Désignation", 4), PdfColumn.number("Qté", 1),
                PdfColumn.number("Montant HT", 1.5f), PdfColumn.number("Montant TTC", 1.5f));
        for (int i = 1; i <= count; i++) {
            table.row("Ménage " + i + " — commande CMD-" + (1000 + i), "1", "1 028,80 €", "1 234,56 €");
        }
        return table.total("Total TTC", "", "", "1 234,56 €");
    }

    /** The document's text as runs: one per line of a cell or paragraph. */
    private static List<List<TextPosition>> runs(PDDocument document) throws IOException {
        List<List<TextPosition>> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                runs.add(List.copyOf(positions));
            }
        };
        stripper.setSortByPosition(false);
        stripper.getText(document);
        return runs;
    }
}
