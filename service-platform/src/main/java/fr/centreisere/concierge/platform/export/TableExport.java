package fr.centreisere.concierge.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An answer's body that is a file: the table, its rows (read once, as they are written, then closed: a
 * stream from the database stays a cursor), the format and, for CSV, the dialect. Written by
 * {@link TableExportConverter}; a controller gets one from {@link ExportRequest#file}.
 */
public record TableExport<R>(Table<R> table, Stream<? extends R> rows, ExportFormat format, CsvDialect dialect,
        ExportLanguage language) {

    public TableExport {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(language, "language");
    }

    /** Writes the file to {@code out} (not closed) and closes the rows. */
    public void writeTo(OutputStream out) throws IOException {
        try (Stream<? extends R> open = rows) {
            switch (format) {
                case CSV -> CsvTableWriter.write(table, open.iterator(), dialect, language, out);
                case XLSX -> XlsxTableWriter.write(table, open.iterator(), language, out);
                case PDF -> PdfTableWriter.write(table, open.iterator(), language, out);
            }
        }
    }
}
