package fr.centreisere.concierge.order.company.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import fr.centreisere.concierge.order.company.Statement;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.platform.text.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A statement as CSV (RFC 4180: comma, CRLF, quotes where needed; UTF-8 without BOM): a header row, one
 * row per order, then a totals row whose first column is {@code TOTAL}. Amounts in euros with two
 * decimals and a dot ({@code 12.50}); dates ISO ({@code 2026-12-04}), completion local to Paris. A text
 * cell that a spreadsheet would read as a formula (first character {@code = + - @}, tab or CR) is
 * prefixed with {@code '} ({@link CsvCells}).
 */
final class StatementCsv {

    static final String[] HEADER = { "order_number", "completed_on", "completed_at", "employee_id", "employee_name",
            "employee_email", "service_id", "service", "category", "total_eur", "employer_share_eur",
            "employee_share_eur" };

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private StatementCsv() {
    }

    static String write(Statement statement) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Statement.Line line : statement.lines()) {
                // text that came from people (names, e-mails, titles, ids) is neutralised: never a live formula
                printer.printRecord(text(line.orderNumber()), line.date(),
                        LOCAL_TIME.format(line.completedAt().atZone(Slot.TERRITORY_ZONE)), text(line.employeeUserId()),
                        text(line.employeeName()), text(line.employeeEmail() == null ? "" : line.employeeEmail()),
                        text(line.serviceId()), text(line.serviceTitle().fr()), text(line.category()),
                        euros(line.total()), euros(line.employerShare()), euros(line.employeeShare()));
            }
            printer.printRecord("TOTAL", "", "", "", "", "", "", "", "", euros(statement.total()),
                    euros(statement.employerTotal()), euros(statement.employeeTotal()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(String cell) {
        String safe = CsvCells.neutralised(cell);
        return safe == null ? "" : safe;
    }

    /** {@code 1250} cents → {@code 12.50}; {@code -5} → {@code -0.05}. */
    static String euros(Money amount) {
        long cents = amount.cents();
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return "%s%d.%02d".formatted(sign, abs / 100, abs % 100);
    }
}
