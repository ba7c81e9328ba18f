package fr.centreisere.concierge.platform.pdf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Builds one PDF/A-3b document, A4, top to bottom: a title, headings, paragraphs, « label : value » blocks, two
 * blocks side by side (seller and buyer), tables (headers repeated on every page they run over, numeric columns
 * right-aligned) and a footer line on every page with « page n / N ». Text wraps within its width; what does
 * not fit on a page goes to the next.
 *
 * <pre>{@code
 * byte[] pdf = PdfDocumentBuilder.a4("Facture FA-2026-000001")
 *         .author("Pôle de services du Centre Isère").language("fr-FR").createdAt(issuedAt)
 *         .title("Facture FA-2026-000001")
 *         .sideBySide(PdfTextBlock.of("Émetteur", ...), PdfTextBlock.of("Client", ...))
 *         .table(PdfTable.of(PdfColumn.text("Désignation", 4), PdfColumn.number("Montant HT", 1)).row(...))
 *         .paragraph("Conditions de paiement : …")
 *         .footer("Pôle de services du Centre Isère — SIRET …")
 *         .toBytes();
 * }</pre>
 *
 * The document is drawn when {@link #toBytes()} is called; a builder is used by one thread and may be asked
 * for its bytes more than once. The metadata (title, author, subject, creation date) goes both in the document
 * information and in the XMP packet, the same, as PDF/A requires; the colours are sRGB, declared by an output
 * intent; the only font is Liberation Sans (PDFBox's own), embedded. Characters the font has no glyph for are
 * drawn as « ? ».
 */
public final class PdfDocumentBuilder {

    /** What the document holds, in order; drawn by {@link PdfLayout}. */
    sealed interface Element {
    }

    record Title(String text) implements Element {
    }

    record Heading(String text) implements Element {
    }

    record Paragraph(String text, boolean small) implements Element {
    }

    record Fields(List<PdfField> fields) implements Element {
    }

    record SideBySide(PdfTextBlock left, PdfTextBlock right) implements Element {
    }

    record Table(PdfTable table) implements Element {
    }

    record Space(float points) implements Element {
    }

    private final String documentTitle;
    private @Nullable String author;
    private @Nullable String subject;
    private String language = "fr-FR";
    private @Nullable Instant createdAt;
    private @Nullable String footer;
    private final List<Element> elements = new ArrayList<>();

    private PdfDocumentBuilder(String documentTitle) {
        this.documentTitle = Objects.requireNonNull(documentTitle, "documentTitle");
    }

    /** A new A4 document; {@code documentTitle} is its metadata title (what a viewer's title bar shows). */
    public static PdfDocumentBuilder a4(String documentTitle) {
        return new PdfDocumentBuilder(documentTitle);
    }

    /** Who issues the document (metadata). */
    public PdfDocumentBuilder author(String author) {
        this.author = Objects.requireNonNull(author, "author");
        return this;
    }

    /** What the document is about (metadata). */
    public PdfDocumentBuilder subject(String subject) {
        this.subject = Objects.requireNonNull(subject, "subject");
        return this;
    }

    /** The language of its text, a BCP 47 tag ({@code fr-FR} unless told). */
    public PdfDocumentBuilder language(String language) {
        this.language = Objects.requireNonNull(language, "language");
        return this;
    }

    /**
     * When the document was made (metadata, to the second). Give it for a document that must come out the same
     * every time it is drawn (an invoice); without it, the moment {@link #toBytes()} is called.
     */
    public PdfDocumentBuilder createdAt(Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.SECONDS);
        return this;
    }

    /** The line at the bottom of every page, beside « page n / N ». */
    public PdfDocumentBuilder footer(String footer) {
        this.footer = Objects.requireNonNull(footer, "footer");
        return this;
    }

    /** The document's title, large, at the top (or wherever it is added). */
    public PdfDocumentBuilder title(String text) {
        return add(new Title(text));
    }

    /** A section heading. */
    public PdfDocumentBuilder heading(String text) {
        return add(new Heading(text));
    }

    /** A paragraph; {@code \n} starts a new line. */
    public PdfDocumentBuilder paragraph(String text) {
        return add(new Paragraph(text, false));
    }

    /** A paragraph in small print (legal mentions). */
    public PdfDocumentBuilder smallPrint(String text) {
        return add(new Paragraph(text, true));
    }

    /** A block of « label : value » lines, labels in one column. */
    public PdfDocumentBuilder fields(List<PdfField> fields) {
        return add(new Fields(List.copyOf(fields)));
    }

    public PdfDocumentBuilder fields(PdfField... fields) {
        return fields(List.of(fields));
    }

    /** Two blocks side by side, each half the width (e.g. the seller and the buyer). */
    public PdfDocumentBuilder sideBySide(PdfTextBlock left, PdfTextBlock right) {
        return add(new SideBySide(Objects.requireNonNull(left, "left"), Objects.requireNonNull(right, "right")));
    }

    /** A table, over as many pages as it needs. */
    public PdfDocumentBuilder table(PdfTable table) {
        return add(new Table(Objects.requireNonNull(table, "table")));
    }

    /** Vertical space, in points (1/72 inch). */
    public PdfDocumentBuilder space(float points) {
        return add(new Space(points));
    }

    /** Draws the document: a complete PDF/A-3b file. */
    public byte[] toBytes() {
        PdfMetadata metadata = new PdfMetadata(documentTitle, author, subject, language,
                createdAt != null ? createdAt : Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return PdfLayout.draw(metadata, List.copyOf(elements), footer);
    }

    private PdfDocumentBuilder add(Element element) {
        elements.add(element);
        return this;
    }
}
