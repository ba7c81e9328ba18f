package fr.centreisere.concierge.platform.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A table of every column type, and rows that try each writer's edges. */
final class ExportSamples {

    record Line(String number, String customer, long quantity, double hours, long totalCents, LocalDate day,
            Instant completedAt, Boolean paid) {
    }

    static final Table<Line> LINES = Table.<Line>named("Lignes", "Lines")
            .text("number", "N° de commande", "Order number", Line::number)
            .text("customer", "Client", "Customer", Line::customer)
            .integer("quantity", "Quantité", "Quantity", Line::quantity)
            .decimal("hours", "Heures", "Hours", Line::hours)
            .money("total_eur", "Total (€)", "Total (€)", Line::totalCents)
            .date("day", "Jour", "Day", Line::day)
            .dateTime("completed_at", "Terminée le", "Completed at", Line::completedAt)
            .bool("paid", "Payée", "Paid", Line::paid)
            .build();

    static final List<Line> ROWS = List.of(
            // 14:30 in Paris (UTC+1 in December)
            new Line("CI-2026-000001", "Jeanne Martin", 2, 2.5, 1_250, LocalDate.of(2026, 12, 4),
                    Instant.parse("2026-12-04T13:30:00Z"), true),
            new Line("CI-2026-000002", "=HYPERLINK(\"http://evil.example\",\"x\")", 1, 3.0, -5, LocalDate.of(2026, 12, 31),
                    Instant.parse("2026-12-31T22:59:00Z"), false),
            new Line("CI-2026-000003", "Dupont; \"Jo\"\nÉtage 2", 10_000, 0.25, 123_456_789, LocalDate.of(2027, 1, 1),
                    Instant.parse("2026-07-01T08:00:00Z"), null));

    private ExportSamples() {
    }
}
