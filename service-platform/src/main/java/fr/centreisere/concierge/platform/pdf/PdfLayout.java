package fr.centreisere.concierge.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jspecify.annotations.Nullable;

import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder.Element;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder.Fields;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder.Heading;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder.Paragraph;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder.SideBySide;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder.Space;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder.Table;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder.Title;

/**
 * Draws the elements top to bottom on A4 pages, starting a new page when the next line, block or table row
 * does not fit; then the footer of every page, once their number is known.
 */
final class PdfLayout {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float FOOTER_ZONE = 28;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + FOOTER_ZONE;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float BODY = 10;
    private static final float SMALL = 8;
    private static final float TABLE = 9;
    private static final float CELL_PADDING = 3;
    private static final float LEADING = 1.3f;

    private final PDDocument document;
    private final PdfText text;
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    private PdfLayout(PDDocument document, PDType0Font font) throws IOException {
        this.document = document;
        this.text = new PdfText(font);
        this.page = new PDPage(PAGE);
        document.addPage(page);
        this.content = new PDPageContentStream(document, page);
        this.y = TOP;
    }

    static byte[] draw(PdfMetadata metadata, List<Element> elements, @Nullable String footer) {
        try (PDDocument document = new PDDocument()) {
            document.setVersion(1.7f);
            PDType0Font font;
            try (InputStream ttf = PdfLayout.class.getResourceAsStream(FONT)) {
                if (ttf == null) {
                    throw new IllegalStateException("PDFBox's Liberation Sans is not on the class path: " + FONT);
                }
                font = PDType0Font.load(document, ttf, true);
            }
            PdfLayout layout = new PdfLayout(document, font);
            for (Element element : elements) {
                layout.draw(element);
            }
            layout.content.close();
            layout.drawFooters(footer);
            metadata.applyTo(document);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be drawn", e);
        }
    }

    private void draw(Element element) throws IOException {
        if (element instanceof Title title) {
            lines(text.wrap(title.text(), 16, WIDTH), 16, true, MARGIN);
            y -= 8;
        } else if (element instanceof Heading heading) {
            y -= 6;
            List<String> lines = text.wrap(heading.text(), 11.5f, WIDTH);
            // a heading never ends a page alone: keep room for the line after it
            ensure(lines.size() * lineHeight(11.5f) + lineHeight(BODY));
            lines(lines, 11.5f, true, MARGIN);
            y -= 2;
        } else if (element instanceof Paragraph paragraph) {
            float size = paragraph.small() ? SMALL : BODY;
            lines(text.wrap(paragraph.text(), size, WIDTH), size, false, MARGIN);
            y -= 4;
        } else if (element instanceof Fields fields) {
            fields(fields.fields());
        } else if (element instanceof SideBySide blocks) {
            sideBySide(blocks.left(), blocks.right());
        } else if (element instanceof Table table) {
            table(table.table());
        } else if (element instanceof Space space) {
            y -= space.points();
        }
    }

    private void lines(List<String> lines, float size, boolean strong, float x) throws IOException {
        for (String line : lines) {
            ensure(lineHeight(size));
            y -= lineHeight(size);
            show(line, size, strong, x, y + descent(size));
        }
    }

    private void fields(List<PdfField> fields) throws IOException {
        float labelWidth = 0;
        for (PdfField field : fields) {
            labelWidth = Math.max(labelWidth, text.width(field.label(), BODY, true));
        }
        labelWidth = Math.min(labelWidth + 12, WIDTH * 0.45f);
        for (PdfField field : fields) {
            List<String> labels = text.wrap(field.label(), BODY, labelWidth - 12);
            List<String> values = text.wrap(field.value(), BODY, WIDTH - labelWidth);
            int count = Math.max(labels.size(), values.size());
            ensure(count * lineHeight(BODY));
            float top = y;
            for (int i = 0; i < count; i++) {
                float baseline = top - (i + 1) * lineHeight(BODY) + descent(BODY);
                if (i < labels.size()) {
                    show(labels.get(i), BODY, true, MARGIN, baseline);
                }
                if (i < values.size()) {
                    show(values.get(i), BODY, false, MARGIN + labelWidth, baseline);
                }
            }
            y = top - count * lineHeight(BODY);
        }
        y -= 4;
    }

    private void sideBySide(PdfTextBlock left, PdfTextBlock right) throws IOException {
        float gap = 20;
        float half = (WIDTH - gap) / 2;
        List<String> leftLines = block(left, half);
        List<String> rightLines = block(right, half);
        int count = Math.max(leftLines.size(), rightLines.size());
        ensure(count * lineHeight(BODY));
        float top = y;
        column(leftLines, MARGIN, top);
        column(rightLines, MARGIN + half + gap, top);
        y = top - count * lineHeight(BODY) - 6;
    }

    /** The heading's lines first (marked by a leading NUL so they are drawn strong), then the block's lines. */
    private List<String> block(PdfTextBlock block, float width) {
        List<String> lines = new ArrayList<>();
        for (String line : text.wrap(block.heading(), BODY, width)) {
            lines.add('\0' + line);
        }
        for (String line : block.lines()) {
            lines.addAll(text.wrap(line, BODY, width));
        }
        return lines;
    }

    private void column(List<String> lines, float x, float top) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean strong = !line.isEmpty() && line.charAt(0) == '\0';
            show(strong ? line.substring(1) : line, BODY, strong, x, top - (i + 1) * lineHeight(BODY) + descent(BODY));
        }
    }

    private void table(PdfTable table) throws IOException {
        List<PdfColumn> columns = table.columns();
        float[] widths = new float[columns.size()];
        float weights = 0;
        for (PdfColumn column : columns) {
            weights += column.weight();
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * columns.get(i).weight() / weights;
        }
        List<String> headers = columns.stream().map(PdfColumn::header).toList();
        float headerHeight = rowHeight(headers, widths, true);
        // the headers and at least the first row together
        ensure(headerHeight + (table.rows().isEmpty() ? 0 : rowHeight(table.rows().get(0), widths, false)));
        row(headers, columns, widths, true, true);
        for (List<String> cells : table.rows()) {
            if (y - rowHeight(cells, widths, false) < BOTTOM) {
                newPage();
                row(headers, columns, widths, true, true);
            }
            row(cells, columns, widths, false, false);
        }
        boolean first = true;
        for (List<String> cells : table.totals()) {
            if (y - rowHeight(cells, widths, true) < BOTTOM) {
                newPage();
            }
            if (first) {
                rule(y, 0.8f, 0);
                first = false;
            }
            row(cells, columns, widths, true, false);
        }
        y -= 8;
    }

    private float rowHeight(List<String> cells, float[] widths, boolean strong) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrapCell(cells.get(i), widths[i], strong).size());
        }
        return lines * lineHeight(TABLE) + 2 * CELL_PADDING;
    }

    private List<String> wrapCell(String cell, float width, boolean strong) {
        return text.wrap(cell, TABLE, width - 2 * CELL_PADDING - (strong ? 1 : 0));
    }

    private void row(List<String> cells, List<PdfColumn> columns, float[] widths, boolean strong, boolean header)
            throws IOException {
        float height = rowHeight(cells, widths, strong);
        if (header) {
            content.setNonStrokingColor(0.91f, 0.93f, 0.96f);
            content.addRect(MARGIN, y - height, WIDTH, height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = wrapCell(cells.get(i), widths[i], strong);
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                float baseline = y - CELL_PADDING - (l + 1) * lineHeight(TABLE) + descent(TABLE);
                float left = columns.get(i).alignment() == PdfAlignment.RIGHT
                        ? x + widths[i] - CELL_PADDING - text.width(line, TABLE, strong)
                        : x + CELL_PADDING;
                show(line, TABLE, strong, left, baseline);
            }
            x += widths[i];
        }
        y -= height;
        rule(y, 0.3f, 0.75f);
    }

    private void rule(float at, float thickness, float grey) throws IOException {
        content.setStrokingColor(grey, grey, grey);
        content.setLineWidth(thickness);
        content.moveTo(MARGIN, at);
        content.lineTo(MARGIN + WIDTH, at);
        content.stroke();
        content.setStrokingColor(0f, 0f, 0f);
    }

    private void show(String line, float size, boolean strong, float x, float baseline) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(text.font(), size);
        if (strong) {
            // one font only (PDFBox ships Liberation Sans regular): strong text is filled and thinly stroked
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(size * 0.035f);
        }
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.setRenderingMode(RenderingMode.FILL);
        content.endText();
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        content.close();
        page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    private void drawFooters(@Nullable String footer) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage each = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, each, AppendMode.APPEND, true, true)) {
                content = stream;
                rule(MARGIN + FOOTER_ZONE - 8, 0.3f, 0.6f);
                String number = (i + 1) + " / " + count;
                float numberWidth = text.width(number, SMALL, false);
                if (footer != null) {
                    List<String> lines = text.wrap(footer, SMALL, WIDTH - numberWidth - 16);
                    for (int l = 0; l < lines.size() && l < 2; l++) {
                        show(lines.get(l), SMALL, false, MARGIN, MARGIN + FOOTER_ZONE - 18 - l * lineHeight(SMALL));
                    }
                }
                show(number, SMALL, false, MARGIN + WIDTH - numberWidth, MARGIN + FOOTER_ZONE - 18);
            }
        }
    }

    private static float lineHeight(float size) {
        return size * LEADING;
    }

    /** How far above a line's bottom its baseline sits. */
    private static float descent(float size) {
        return size * 0.3f;
    }
}
