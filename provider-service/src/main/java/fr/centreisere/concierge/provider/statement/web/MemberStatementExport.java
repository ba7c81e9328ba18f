package fr.centreisere.concierge.provider.statement.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import fr.centreisere.concierge.platform.export.CsvDialect;
import fr.centreisere.concierge.platform.export.ExportFormat;
import fr.centreisere.concierge.platform.export.ExportLanguage;
import fr.centreisere.concierge.platform.export.ExportRequest;
import fr.centreisere.concierge.platform.export.Table;
import fr.centreisere.concierge.platform.text.CategoryNames;
import fr.centreisere.concierge.provider.statement.MemberStatement;
import org.jspecify.annotations.Nullable;

/**
 * A member's statement as a file: one row per job done, then the total (order number {@code TOTAL}). The RFC 4180
 * CSV gives the category's code; the French CSV, XLSX and PDF its name in the reader's language.
 */
final class MemberStatementExport {

    record Row(@Nullable String orderNumber, @Nullable LocalDate completedOn, @Nullable LocalDate slotDate,
            @Nullable String service, @Nullable String category, @Nullable String commune, BigDecimal hoursWorked,
            BigDecimal insertionHours, long revenueCents, long commissionCents, long payoutCents,
            @Nullable Instant completedAt) {
    }

    static final Table<Row> FOR_PROGRAMS = table(null);
    static final Table<Row> FOR_PEOPLE_FR = table(ExportLanguage.FRENCH);
    static final Table<Row> FOR_PEOPLE_EN = table(ExportLanguage.ENGLISH);

    private MemberStatementExport() {
    }

    static Table<Row> tableFor(ExportRequest export) {
        if (export.format().orElse(null) == ExportFormat.CSV && export.dialect() == CsvDialect.RFC_4180) {
            return FOR_PROGRAMS;
        }
        return export.language() == ExportLanguage.ENGLISH ? FOR_PEOPLE_EN : FOR_PEOPLE_FR;
    }

    /** {@code names}: the language of the categories' names; {@code null}, their codes. */
    private static Table<Row> table(@Nullable ExportLanguage names) {
        return Table.<Row>named("Relevé mensuel", "Monthly statement")
                .text("order_number", "N° de commande", "Order number", Row::orderNumber)
                .date("completed_on", "Terminée le", "Completed on", Row::completedOn)
                .date("slot_date", "Prévue le", "Scheduled on", Row::slotDate)
                .text("service", "Service", "Service", Row::service)
                .text("category", "Catégorie", "Category", row -> row.category() == null || names == null ? row.category()
                        : names == ExportLanguage.ENGLISH ? CategoryNames.english(row.category())
                        : CategoryNames.french(row.category()))
                .text("commune", "Commune", "Commune", Row::commune)
                .decimal("hours_worked", "Heures travaillées", "Hours worked", Row::hoursWorked)
                .decimal("insertion_hours", "Heures d'insertion", "Insertion hours", Row::insertionHours)
                .money("revenue_eur", "Chiffre d'affaires HT (€)", "Revenue excl. VAT (€)", Row::revenueCents)
                .money("commission_eur", "Commission du pôle (€)", "Pole's commission (€)", Row::commissionCents)
                .money("payout_eur", "Reversé au membre (€)", "Paid to the member (€)", Row::payoutCents)
                .build();
    }

    static Stream<Row> rows(MemberStatement statement) {
        Stream<Row> lines = statement.lines().stream().map(line -> new Row(line.orderNumber(), line.completedOn(),
                line.slotDate(), line.serviceName(), line.category(), line.communeName(), line.hoursWorked(),
                line.insertionHours(), line.revenue().cents(), line.commission().cents(), line.payout().cents(),
                line.completedAt()));
        Row total = new Row("TOTAL", null, null, null, null, null, statement.hoursWorked(), statement.insertionHours(),
                statement.revenue().cents(), statement.commission().cents(), statement.payout().cents(), null);
        return Stream.concat(lines, Stream.of(total));
    }
}
