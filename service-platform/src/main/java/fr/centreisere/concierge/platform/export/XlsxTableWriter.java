package fr.centreisere.concierge.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as an XLSX workbook of one sheet with Apache POI's streaming SXSSF: only the last
 * {@value #ROWS_IN_MEMORY} rows are in memory, the others already written to a temporary file, so a large
 * export costs no more memory than a small one. Cells are what they hold: numbers (amounts in euros with a
 * euro format), dates and date-times with French formats, booleans, text (never a formula, whatever it
 * begins with); the header row is bold and frozen.
 */
public final class XlsxTableWriter {

    static final int ROWS_IN_MEMORY = 100;
    /** What a cell may hold in Excel. */
    private static final int MAX_CELL_TEXT = 32_767;

    private XlsxTableWriter() {
    }

    public static <R> void write(Table<R> table, Iterator<? extends R> rows, ExportLanguage language, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name(language)));
            Styles styles = Styles.of(workbook);
            List<Column<R>> columns = table.columns();

            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header(language));
                cell.setCellStyle(styles.header());
                sheet.setColumnWidth(i, width(columns.get(i), language));
            }
            sheet.createFreezePane(0, 1);

            int rowIndex = 1;
            while (rows.hasNext()) {
                R value = rows.next();
                Row row = sheet.createRow(rowIndex++);
                for (int i = 0; i < columns.size(); i++) {
                    Column<R> column = columns.get(i);
                    Object cell = column.valueOf(value);
                    if (cell != null) { // no value, no cell
                        write(row.createCell(i), column.type(), cell, styles, table);
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static <R> void write(Cell cell, ColumnType type, Object value, Styles styles, Table<R> table) {
        CellStyle style = styles.byType().get(type);
        if (style != null) {
            cell.setCellStyle(style);
        }
        switch (type) {
            case TEXT -> {
                String text = value.toString();
                cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
            }
            case INTEGER -> cell.setCellValue(((Number) value).longValue());
            case DECIMAL -> cell.setCellValue(CsvTableWriter.Cells.decimal((Number) value).doubleValue());
            case MONEY_CENTS -> cell.setCellValue(BigDecimal.valueOf(((Number) value).longValue(), 2).doubleValue());
            case DATE -> cell.setCellValue((LocalDate) value);
            case DATE_TIME -> cell.setCellValue(CsvTableWriter.Cells.localDateTime(value, table.zone()));
            case BOOLEAN -> cell.setCellValue((Boolean) value);
        }
    }

    /** One style per type of cell, and the header's: a workbook has a limited number of styles, never one per cell. */
    private record Styles(CellStyle header, Map<ColumnType, CellStyle> byType) {

        static Styles of(SXSSFWorkbook workbook) {
            DataFormat formats = workbook.createDataFormat();
            Map<ColumnType, CellStyle> byType = new EnumMap<>(ColumnType.class);
            byType.put(ColumnType.INTEGER, styled(workbook, formats, "0"));
            byType.put(ColumnType.DECIMAL, styled(workbook, formats, "#,##0.00"));
            byType.put(ColumnType.MONEY_CENTS, styled(workbook, formats, "#,##0.00\\ \"€\""));
            byType.put(ColumnType.DATE, styled(workbook, formats, "dd/mm/yyyy"));
            byType.put(ColumnType.DATE_TIME, styled(workbook, formats, "dd/mm/yyyy\\ hh:mm"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            return new Styles(header, byType);
        }
    }

    private static CellStyle styled(SXSSFWorkbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    /** Wide enough for the header and for what the type usually holds (in 1/256 of a character). */
    private static int width(Column<?> column, ExportLanguage language) {
        int usual = switch (column.type()) {
            case TEXT -> 18;
            case DATE_TIME -> 17;
            case DATE, MONEY_CENTS -> 12;
            case DECIMAL, INTEGER, BOOLEAN -> 8;
        };
        return Math.min(255, Math.max(usual, column.header(language).length() + 2)) * 256;
    }
}
