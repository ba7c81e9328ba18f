package fr.centreisere.concierge.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large export is written as its rows come, never held whole: CSV reaches the output, XLSX its temporary file, before the last row is read. */
class StreamingExportTest {

    private static final int ROWS = 10_000;

    /** Rows made one at a time; at row {@code probeAt} it records what the probe sees. */
    private static Iterator<ExportSamples.Line> rows(int probeAt, Runnable probe) {
        return new Iterator<>() {
            int made;

            @Override
            public boolean hasNext() {
                return made < ROWS;
            }

            @Override
            public ExportSamples.Line next() {
                if (made == probeAt) {
                    probe.run();
                }
                made++;
                return new ExportSamples.Line("CI-2026-%06d".formatted(made), "Client " + made, made, 1.5, made * 100L,
                        LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T10:00:00Z"), made % 2 == 0);
            }
        };
    }

    @Test
    void aLargeCsvReachesTheOutputBeforeItsLastRowIsRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicLong writtenBeforeTheEnd = new AtomicLong();
        CsvTableWriter.write(ExportSamples.LINES, rows(ROWS - 1, () -> writtenBeforeTheEnd.set(out.size())),
                CsvDialect.FRENCH, ExportLanguage.FRENCH, out);
        // most of the file was already out when the last row was read
        assertThat(writtenBeforeTheEnd.get()).isGreaterThan(out.size() * 9L / 10);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(ROWS + 1);
    }

    @Test
    void aLargeXlsxKeepsOnlyAWindowOfRowsInMemory(@TempDir Path temp) throws IOException {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AtomicLong flushedBeforeTheEnd = new AtomicLong();
            XlsxTableWriter.write(ExportSamples.LINES, rows(ROWS - 1, () -> flushedBeforeTheEnd.set(sizeOf(temp))),
                    ExportLanguage.FRENCH, out);
            // SXSSF had written the earlier rows to its temporary sheet file, out of the heap
            assertThat(flushedBeforeTheEnd.get()).isGreaterThan(500_000);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).isEqualTo(ROWS);
                assertThat(sheet.getRow(ROWS).getCell(0).getStringCellValue()).isEqualTo("CI-2026-010000");
                assertThat(sheet.getRow(ROWS).getCell(4).getNumericCellValue()).isEqualTo(10_000);
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    @Test
    void theRowsAreClosedOnceWritten() throws IOException {
        AtomicLong closed = new AtomicLong();
        Stream<ExportSamples.Line> rows = ExportSamples.ROWS.stream().onClose(closed::incrementAndGet);
        new TableExport<>(ExportSamples.LINES, rows, ExportFormat.CSV, CsvDialect.FRENCH, ExportLanguage.FRENCH)
                .writeTo(new ByteArrayOutputStream());
        assertThat(closed.get()).isEqualTo(1);
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
