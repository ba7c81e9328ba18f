package fr.centreisere.concierge.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import fr.centreisere.concierge.platform.pdf.PdfColumn;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder;
import fr.centreisere.concierge.platform.pdf.PdfTable;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table as a PDF/A-3b document (the platform's {@code pdf} package): its name as the title, then the
 * rows under headers repeated on every page, numbers right-aligned. Cells read as the French spreadsheet shows
 * them ({@code 12,50}, {@code 05/12/2026}, « oui ») for a French reader, with a decimal point and ISO dates for
 * an English one; text is written as it is (a PDF runs no formula). A PDF is drawn whole, so the rows are held
 * until it is: fine for a month's statement, not for a year of a territory's orders (use CSV or XLSX for those).
 * A controller that draws a richer document (headings, several tables) takes {@link #pdfTable} for each table.
 */
public final class PdfTableWriter {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter FRENCH_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PdfTableWriter() {
    }

    public static <R> void write(Table<R> table, Iterator<? extends R> rows, ExportLanguage language, OutputStream out)
            throws IOException {
        String title = table.name(language);
        out.write(PdfDocumentBuilder.a4(title).language(language == ExportLanguage.ENGLISH ? "en-GB" : "fr-FR")
                .title(title)
                .table(pdfTable(table, rows, language))
                .toBytes());
    }

    /** The rows as a PDF table with the columns' headers in that language (weights by what each type usually holds). */
    public static <R> PdfTable pdfTable(Table<R> table, Iterator<? extends R> rows, ExportLanguage language) {
        List<PdfColumn> columns = new ArrayList<>();
        for (Column<R> column : table.columns()) {
            columns.add(switch (column.type()) {
                case TEXT -> PdfColumn.text(column.header(language), 3);
                case DATE_TIME -> PdfColumn.text(column.header(language), 2.6f);
                case DATE -> PdfColumn.text(column.header(language), 2);
                case BOOLEAN -> PdfColumn.text(column.header(language), 1.2f);
                case MONEY_CENTS -> PdfColumn.number(column.header(language), 2.2f);
                case INTEGER, DECIMAL -> PdfColumn.number(column.header(language), 1.4f);
            });
        }
        PdfTable pdf = PdfTable.of(columns);
        while (rows.hasNext()) {
            R row = rows.next();
            List<String> cells = new ArrayList<>(columns.size());
            for (Column<R> column : table.columns()) {
                cells.add(cell(column.type(), column.valueOf(row), language, table));
            }
            pdf.row(cells);
        }
        return pdf;
    }

    /** A value as a PDF cell reads it in that language; {@code null} is an empty cell. */
    public static String cell(ColumnType type, @Nullable Object value, ExportLanguage language, Table<?> table) {
        if (value == null) {
            return "";
        }
        boolean french = language == ExportLanguage.FRENCH;
        return switch (type) {
            case TEXT -> value.toString();
            case INTEGER -> Long.toString(((Number) value).longValue());
            case DECIMAL -> decimal(CsvTableWriter.Cells.decimal((Number) value).toPlainString(), french);
            case MONEY_CENTS -> decimal(BigDecimal.valueOf(((Number) value).longValue(), 2).toPlainString(), french);
            case DATE -> french ? FRENCH_DATE.format((LocalDate) value) : value.toString();
            case DATE_TIME -> (french ? FRENCH_DATE_TIME : ENGLISH_DATE_TIME)
                    .format(CsvTableWriter.Cells.localDateTime(value, table.zone()));
            case BOOLEAN -> (Boolean) value ? (french ? "oui" : "yes") : (french ? "non" : "no");
        };
    }

    private static String decimal(String plain, boolean french) {
        return french ? plain.replace('.', ',') : plain;
    }
}
