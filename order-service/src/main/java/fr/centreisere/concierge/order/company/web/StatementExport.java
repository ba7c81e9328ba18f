package fr.centreisere.concierge.order.company.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import fr.centreisere.concierge.order.company.Statement;
import fr.centreisere.concierge.platform.export.CsvDialect;
import fr.centreisere.concierge.platform.export.CsvTableWriter;
import fr.centreisere.concierge.platform.export.ExportLanguage;
import fr.centreisere.concierge.platform.export.Table;
import org.jspecify.annotations.Nullable;

/**
 * A statement as a file (service-platform's exports): a header row, one row per order, then a totals row
 * whose order number is {@code TOTAL}. As CSV its contract's dialect is RFC 4180 (comma, no BOM, amounts
 * {@code 12.50}, ISO dates, completion {@code yyyy-MM-dd'T'HH:mm:ss} local to Paris, the columns' keys as
 * headers); {@code dialect=fr} gives the French spreadsheet's, {@code format=xlsx} a workbook. Text cells that a
 * spreadsheet would read as a formula are prefixed with {@code '}.
 */
final class StatementExport {

    /** One row of the file: a line of the statement, or the totals (order number {@code TOTAL}, no order data). */
    record Row(String orderNumber, @Nullable LocalDate completedOn, @Nullable Instant completedAt,
            @Nullable String employeeId, @Nullable String employeeName, @Nullable String employeeEmail,
            @Nullable String serviceId, @Nullable String service, @Nullable String category, long totalCents,
            long employerShareCents, long employeeShareCents) {
    }

    static final Table<Row> STATEMENT = Table.<Row>named("Relevé", "Statement")
            .text("order_number", "N° de commande", "Order number", Row::orderNumber)
            .date("completed_on", "Terminée le", "Completed on", Row::completedOn)
            .dateTime("completed_at", "Terminée à", "Completed at", Row::completedAt)
            .text("employee_id", "Code salarié", "Employee id", Row::employeeId)
            .text("employee_name", "Salarié", "Employee", Row::employeeName)
            .text("employee_email", "E-mail du salarié", "Employee's e-mail", Row::employeeEmail)
            .text("service_id", "Code service", "Service id", Row::serviceId)
            .text("service", "Service", "Service", Row::service)
            .text("category", "Catégorie", "Category", Row::category)
            .money("total_eur", "Total TTC (€)", "Total incl. VAT (€)", Row::totalCents)
            .money("employer_share_eur", "Part employeur (€)", "Employer's share (€)", Row::employerShareCents)
            .money("employee_share_eur", "Part salarié (€)", "Employee's share (€)", Row::employeeShareCents)
            .build();

    private StatementExport() {
    }

    static Stream<Row> rows(Statement statement) {
        Stream<Row> lines = statement.lines().stream().map(line -> new Row(line.orderNumber(), line.date(),
                line.completedAt(), line.employeeUserId(), line.employeeName(),
                line.employeeEmail() == null ? "" : line.employeeEmail(), line.serviceId(), line.serviceTitle().fr(),
                line.category(), line.total().cents(), line.employerShare().cents(), line.employeeShare().cents()));
        Row total = new Row("TOTAL", null, null, null, null, null, null, null, null, statement.total().cents(),
                statement.employerTotal().cents(), statement.employeeTotal().cents());
        return Stream.concat(lines, Stream.of(total));
    }

    /** The statement as CSV text in that dialect (French headers for the French one). */
    static String csv(Statement statement, CsvDialect dialect) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CsvTableWriter.write(STATEMENT, rows(statement).iterator(), dialect, ExportLanguage.FRENCH, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
