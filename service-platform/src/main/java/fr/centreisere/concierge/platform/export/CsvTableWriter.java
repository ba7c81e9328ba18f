package fr.centreisere.concierge.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import fr.centreisere.concierge.platform.text.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table as CSV in one of the {@link CsvDialect}s, row by row as they come: nothing is held but
 * the row being written. Text cells go through {@link CsvCells#neutralised} so that a spreadsheet never runs
 * them as formulas; numbers and dates this writer formats itself need not.
 */
public final class CsvTableWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter FRENCH_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter ISO_LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private CsvTableWriter() {
    }

    public static <R> void write(Table<R> table, Iterator<? extends R> rows, CsvDialect dialect, ExportLanguage language,
            OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (dialect == CsvDialect.FRENCH) {
            writer.write(BYTE_ORDER_MARK);
        }
        CSVPrinter printer = new CSVPrinter(writer, format(dialect));
        List<String> header = new ArrayList<>();
        for (Column<R> column : table.columns()) {
            header.add(dialect == CsvDialect.RFC_4180 ? column.key() : CsvCells.neutralisedOrEmpty(column.header(language)));
        }
        printer.printRecord(header);
        List<String> cells = new ArrayList<>(table.columns().size());
        while (rows.hasNext()) {
            R row = rows.next();
            cells.clear();
            for (Column<R> column : table.columns()) {
                cells.add(cell(column.type(), column.valueOf(row), dialect, language, table.zone()));
            }
            printer.printRecord(cells);
        }
        // flushed, not closed: the stream belongs to the caller (the HTTP answer)
        printer.flush();
    }

    private static CSVFormat format(CsvDialect dialect) {
        return switch (dialect) {
            case FRENCH -> CSVFormat.RFC4180.builder().setDelimiter(';').get();
            case RFC_4180 -> CSVFormat.RFC4180;
        };
    }

    static String cell(ColumnType type, @Nullable Object value, CsvDialect dialect, ExportLanguage language, ZoneId zone) {
        if (value == null) {
            return "";
        }
        boolean french = dialect == CsvDialect.FRENCH;
        return switch (type) {
            case TEXT -> CsvCells.neutralisedOrEmpty(value.toString());
            case INTEGER -> Long.toString(((Number) value).longValue());
            case DECIMAL -> decimal(Cells.decimal((Number) value).toPlainString(), french);
            case MONEY_CENTS -> decimal(BigDecimal.valueOf(((Number) value).longValue(), 2).toPlainString(), french);
            case DATE -> (french ? FRENCH_DATE : DateTimeFormatter.ISO_LOCAL_DATE).format((LocalDate) value);
            case DATE_TIME -> (french ? FRENCH_DATE_TIME : ISO_LOCAL_DATE_TIME).format(Cells.localDateTime(value, zone));
            case BOOLEAN -> bool((Boolean) value, dialect, language);
        };
    }

    private static String decimal(String plain, boolean french) {
        return french ? plain.replace('.', ',') : plain;
    }

    private static String bool(boolean value, CsvDialect dialect, ExportLanguage language) {
        if (dialect == CsvDialect.RFC_4180) {
            return Boolean.toString(value);
        }
        if (language == ExportLanguage.ENGLISH) {
            return value ? "yes" : "no";
        }
        return value ? "oui" : "non";
    }

    /** Values as the two writers read them. */
    static final class Cells {

        private Cells() {
        }

        /** {@code 2.50} → {@code 2.5}, {@code 3.0} → {@code 3}; a double as it prints, not its binary expansion. */
        static BigDecimal decimal(Number value) {
            BigDecimal exact = value instanceof BigDecimal big ? big
                    : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(value.doubleValue())
                    : BigDecimal.valueOf(value.longValue());
            BigDecimal stripped = exact.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        static LocalDateTime localDateTime(Object value, ZoneId zone) {
            if (value instanceof Instant instant) {
                return LocalDateTime.ofInstant(instant, zone);
            }
            if (value instanceof ZonedDateTime zoned) {
                return zoned.withZoneSameInstant(zone).toLocalDateTime();
            }
            if (value instanceof OffsetDateTime offset) {
                return offset.atZoneSameInstant(zone).toLocalDateTime();
            }
            if (value instanceof LocalDateTime local) {
                return local;
            }
            throw new IllegalArgumentException("not a date-time: " + value.getClass().getName());
        }
    }
}
