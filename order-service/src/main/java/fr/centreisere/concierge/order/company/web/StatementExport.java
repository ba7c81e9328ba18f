package fr.centreisere.concierge.order.company.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;

import fr.centreisere.concierge.order.company.Statement;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.platform.export.CsvDialect;
import fr.centreisere.concierge.platform.export.CsvTableWriter;
import fr.centreisere.concierge.platform.export.ExportFormat;
import fr.centreisere.concierge.platform.export.ExportLanguage;
import fr.centreisere.concierge.platform.export.ExportRequest;
import fr.centreisere.concierge.platform.export.Table;
import fr.centreisere.concierge.platform.text.CategoryNames;
import org.jspecify.annotations.Nullable;

/**
 * A statement as a file (service-platform's exports): one row per completed order, the totals row (order number
 * {@code TOTAL}), one row per VAT rate, then the month's commitments (orders not yet completed) and their
 * total; the column {@code line} says which is which.
 * <ul>
 * <li>For programs, the RFC 4180 CSV (the contract's default dialect): the columns before issue 16 unchanged and
 * first, the new ones after them; codes (category, state, line), amounts {@code 12.50}, ISO dates.</li>
 * <li>For people (the CSV {@code dialect=fr}, XLSX, PDF): names, not codes — the category's and the state's
 * names, no ids — in the reader's language, HT / TVA / TTC side by side.</li>
 * </ul>
 * Text cells a spreadsheet would read as a formula are prefixed with {@code '}.
 */
final class StatementExport {

    /** What a row of the file is. */
    enum LineKind {
        ORDER("Commande terminée", "Completed order"),
        TOTAL("Total des commandes terminées", "Total of the completed orders"),
        VAT_TOTAL("Total au taux de TVA", "Total at the VAT rate"),
        COMMITMENT("Engagement (pas encore terminée)", "Commitment (not yet completed)"),
        COMMITMENTS_TOTAL("Total des engagements", "Total of the commitments");

        private final String french;
        private final String english;

        LineKind(String french, String english) {
            this.french = french;
            this.english = english;
        }

        String name(ExportLanguage language) {
            return language == ExportLanguage.ENGLISH ? english : french;
        }
    }

    /** One row of the file; what a row is not (a total has no order) is {@code null}. */
    record Row(LineKind kind, @Nullable String orderNumber, @Nullable LocalDate completedOn,
            @Nullable Instant completedAt, @Nullable String employeeId, @Nullable String employeeName,
            @Nullable String employeeEmail, @Nullable String serviceId, @Nullable String service,
            @Nullable String category, long totalCents, long employerShareCents, long employeeShareCents,
            long subtotalCents, @Nullable BigDecimal vatRatePercent, long vatCents, @Nullable OrderState state,
            @Nullable LocalDate slotDate) {
    }

    /** The contract's table (RFC 4180 CSV): the twelve columns of issue 7 first, as they were. */
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
            .money("subtotal_eur", "Total HT (€)", "Total excl. VAT (€)", Row::subtotalCents)
            .decimal("vat_rate_percent", "Taux de TVA (%)", "VAT rate (%)", Row::vatRatePercent)
            .money("vat_eur", "TVA (€)", "VAT (€)", Row::vatCents)
            .text("state", "État", "State", row -> row.state() == null ? null : row.state().name())
            .date("slot_date", "Prévue le", "Scheduled on", Row::slotDate)
            .text("line", "Ligne", "Line", row -> row.kind().name())
            .build();

    static final Table<Row> FOR_PEOPLE_FR = forPeople(ExportLanguage.FRENCH);
    static final Table<Row> FOR_PEOPLE_EN = forPeople(ExportLanguage.ENGLISH);

    private StatementExport() {
    }

    /** The table a request gets: the contract's for the RFC 4180 CSV, the people's otherwise. */
    static Table<Row> tableFor(ExportRequest export) {
        if (export.format().orElse(null) == ExportFormat.CSV && export.dialect() == CsvDialect.RFC_4180) {
            return STATEMENT;
        }
        return export.language() == ExportLanguage.ENGLISH ? FOR_PEOPLE_EN : FOR_PEOPLE_FR;
    }

    private static Table<Row> forPeople(ExportLanguage language) {
        Function<Row, @Nullable String> category = row -> row.category() == null ? null
                : language == ExportLanguage.ENGLISH ? CategoryNames.english(row.category())
                : CategoryNames.french(row.category());
        return Table.<Row>named("Relevé", "Statement")
                .text("order_number", "N° de commande", "Order number", Row::orderNumber)
                .date("completed_on", "Terminée le", "Completed on", Row::completedOn)
                .dateTime("completed_at", "Terminée à", "Completed at", Row::completedAt)
                .date("slot_date", "Prévue le", "Scheduled on", Row::slotDate)
                .text("line", "Ligne", "Line", row -> row.kind().name(language))
                .text("employee_name", "Salarié", "Employee", Row::employeeName)
                .text("employee_email", "E-mail du salarié", "Employee's e-mail", Row::employeeEmail)
                .text("service", "Service", "Service", Row::service)
                .text("category", "Catégorie", "Category", category)
                .text("state", "État", "State", row -> row.state() == null ? null : stateName(row.state(), language))
                .money("subtotal_eur", "Total HT (€)", "Total excl. VAT (€)", Row::subtotalCents)
                .decimal("vat_rate_percent", "Taux de TVA (%)", "VAT rate (%)", Row::vatRatePercent)
                .money("vat_eur", "TVA (€)", "VAT (€)", Row::vatCents)
                .money("total_eur", "Total TTC (€)", "Total incl. VAT (€)", Row::totalCents)
                .money("employer_share_eur", "Part employeur (€)", "Employer's share (€)", Row::employerShareCents)
                .money("employee_share_eur", "Part salarié (€)", "Employee's share (€)", Row::employeeShareCents)
                .build();
    }

    /** The names the web app gives the states (js/i18n.js {@code state.*}). */
    static String stateName(OrderState state, ExportLanguage language) {
        boolean english = language == ExportLanguage.ENGLISH;
        return switch (state) {
            case PLACED -> english ? "Placed" : "Enregistrée";
            case DISPATCHING -> english ? "Finding a structure" : "Recherche d’une structure";
            case ASSIGNED -> english ? "Accepted by a structure" : "Acceptée par une structure";
            case IN_PROGRESS -> english ? "In progress" : "En cours";
            case UNASSIGNED -> english ? "No structure available" : "Sans structure disponible";
            case COMPLETED -> english ? "Completed" : "Terminée";
            case CANCELLED -> english ? "Cancelled" : "Annulée";
        };
    }

    static Stream<Row> rows(Statement statement) {
        Stream<Row> lines = statement.lines().stream().map(line -> new Row(LineKind.ORDER, line.orderNumber(),
                line.date(), line.completedAt(), line.employeeUserId(), line.employeeName(),
                line.employeeEmail() == null ? "" : line.employeeEmail(), line.serviceId(), line.serviceTitle().fr(),
                line.category(), line.total().cents(), line.employerShare().cents(), line.employeeShare().cents(),
                line.subtotal().cents(), line.vatRatePercent(), line.vat().cents(), null, null));
        Row total = new Row(LineKind.TOTAL, "TOTAL", null, null, null, null, null, null, null, null,
                statement.total().cents(), statement.employerTotal().cents(), statement.employeeTotal().cents(),
                statement.subtotal().cents(), null, statement.vat().cents(), null, null);
        Stream<Row> byRate = statement.vatTotals().stream().map(rate -> new Row(LineKind.VAT_TOTAL, null, null, null,
                null, null, null, null, null, null, rate.total().cents(), 0, 0, rate.subtotal().cents(),
                rate.ratePercent(), rate.vat().cents(), null, null));
        Stream<Row> commitments = statement.commitments().stream().map(c -> new Row(LineKind.COMMITMENT,
                c.orderNumber(), null, null, c.employeeUserId(), c.employeeName(), null, null, c.serviceTitle().fr(),
                c.category(), c.total().cents(), c.employerShare().cents(), c.employeeShare().cents(),
                c.subtotal().cents(), c.vatRatePercent(), c.vat().cents(), c.state(), c.slotDate()));
        Row committed = new Row(LineKind.COMMITMENTS_TOTAL, null, null, null, null, null, null, null, null, null,
                statement.commitmentsTotal().cents(), statement.commitmentsEmployerTotal().cents(),
                statement.commitmentsEmployeeTotal().cents(), statement.commitmentsSubtotal().cents(), null,
                statement.commitmentsVat().cents(), null, null);
        return Stream.of(lines, Stream.of(total), byRate, commitments, Stream.of(committed)).flatMap(s -> s);
    }

    /** The statement as CSV text in that dialect (the contract's table for RFC 4180, the people's for French). */
    static String csv(Statement statement, CsvDialect dialect) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CsvTableWriter.write(dialect == CsvDialect.RFC_4180 ? STATEMENT : FOR_PEOPLE_FR, rows(statement).iterator(),
                    dialect, ExportLanguage.FRENCH, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
