package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.Http;
import fr.centreisere.concierge.systemtests.SignIn;
import fr.centreisere.concierge.systemtests.SystemTest;

/**
 * Statements and the bilan RSE in browsers (issue 16): the company admin opens the month's statement and downloads
 * « CSV pour Excel » (the file the page saves starts with the UTF-8 BOM, uses {@code ;} and holds the JSON's totals),
 * then opens the bilan RSE and downloads its PDF; the member's staff opens « Relevé mensuel » and downloads its CSV.
 */
@SystemTest
class WebStatementsSystemTest {

    private final ConciergeSystem system;
    private final Http http;

    WebStatementsSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void theCompanyAdminDownloadsTheMonthsFrenchCsvAndOpensTheBilanRse() {
        String month = YearMonth.now(ZoneId.of("Europe/Paris")).toString();
        Map<String, String> admin = SignIn.as(http, Demo.COMPANY_ADMIN);
        String companyId = http.get("/api/auth/me", admin).json().path("companyId").asString();
        JsonNode statement = http.get("/api/companies/" + companyId + "/statements/" + month, admin).json();
        try (Browser browser = new Browser(system.gatewayUrl(), "statements-1-company-csv", Browser.DESKTOP_WIDTH)) {
            browser.signIn(Demo.COMPANY_ADMIN, Demo.PASSWORD);
            browser.open("/entreprise/admin?mois=" + month);
            browser.find(By.id("statement-total"));
            assertThat(browser.find(By.id("statement-subtotal")).getText()).contains("€");
            assertThat(browser.find(By.id("statement-vat")).getText()).contains("€");
            assertThat(browser.find(By.id("download-csv")).getText()).isEqualTo("CSV pour Excel");
            assertThat(browser.find(By.id("download-csv-rfc4180")).isDisplayed()).isTrue();
            assertThat(browser.find(By.id("download-xlsx")).isDisplayed()).isTrue();
            assertThat(browser.find(By.id("download-pdf")).isDisplayed()).isTrue();
            catchDownloads(browser);
            browser.click(By.id("download-csv"));
            browser.until(d -> d.findElement(By.cssSelector("section[aria-labelledby=statement-heading] .export-message"))
                    .getText().contains("releve-" + companyId + "-" + month + ".csv"));

            Download file = downloaded(browser, 0);
            assertThat(file.type()).startsWith("text/csv");
            assertThat(file.bytes()).as("the UTF-8 byte-order mark").startsWith(0xEF, 0xBB, 0xBF);
            String header = new String(file.bytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            assertThat(header).contains(";").doesNotContain(",").contains("N° de commande", "Total HT (€)", "TVA (€)", "Total TTC (€)");
            List<CSVRecord> rows = frenchCsv(file.bytes());
            CSVRecord total = rows.stream().filter(r -> r.get("N° de commande").equals("TOTAL")).findFirst().orElseThrow();
            assertThat(cents(total.get("Total TTC (€)"))).isEqualTo(statement.path("totalCents").asLong());
            assertThat(cents(total.get("Part employeur (€)"))).isEqualTo(statement.path("employerTotalCents").asLong());
            assertThat(rows.stream().filter(r -> r.get("Ligne").equals("Commande terminée")).count())
                    .isEqualTo(statement.path("lines").size());
            assertThat(rows.stream().filter(r -> r.get("Ligne").startsWith("Engagement")).count())
                    .isEqualTo(statement.path("commitments").size());
            browser.checkPage("statement-downloads");

            // the bilan RSE of this year: the figures of the JSON, and its PDF
            browser.select(By.name("impact-period"), "year=" + month.substring(0, 4));
            browser.click(By.cssSelector("#impact-form button[type=submit]"));
            JsonNode impact = http.get("/api/companies/" + companyId + "/impact?year=" + month.substring(0, 4), admin).json();
            browser.until(d -> d.findElement(By.id("impact-orders")).getText()
                    .equals(Long.toString(impact.path("ordersCompleted").asLong())));
            assertThat(browser.find(By.cssSelector("#impact figure.chart")).getText()).contains("Heures par structure");
            browser.click(By.id("impact-pdf"));
            browser.until(d -> d.findElement(By.cssSelector("#impact .export-message")).getText().contains(".pdf"));
            Download pdf = downloaded(browser, 1);
            assertThat(pdf.type()).isEqualTo("application/pdf");
            assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            browser.checkPage("bilan-rse");
            browser.resize(Browser.PHONE_WIDTH).open("/entreprise/admin?mois=" + month);
            browser.find(By.id("impact-orders"));
            browser.checkPage("statement-and-bilan-phone").fitsWidth();
        }
    }

    @Test
    void theMembersStaffOpensItsMonthlyStatementAndDownloadsTheFrenchCsv() {
        String month = YearMonth.now(ZoneId.of("Europe/Paris")).toString();
        try (Browser browser = new Browser(system.gatewayUrl(), "statements-2-member", Browser.PHONE_WIDTH)) {
            browser.signIn(Demo.MEMBER_STAFF, Demo.PASSWORD);
            assertThat(browser.all(By.cssSelector("nav a[href='#/missions/releve']"))).as("« Relevé mensuel » in the menu")
                    .isNotEmpty();
            browser.open("/missions/releve");
            browser.find(By.id("member-jobs"));
            String memberId = http.get("/api/auth/me", SignIn.as(http, Demo.MEMBER_STAFF)).json().path("memberId").asString();
            JsonNode json = http.get("/api/members/" + memberId + "/statements/" + month, SignIn.as(http, Demo.MEMBER_STAFF)).json();
            assertThat(browser.find(By.id("member-jobs")).getText()).isEqualTo(Long.toString(json.path("jobsDone").asLong()));
            catchDownloads(browser);
            browser.click(By.id("member-download-csv"));
            browser.until(d -> d.findElement(By.cssSelector(".export-message")).getText().contains(".csv"));
            Download file = downloaded(browser, 0);
            List<CSVRecord> rows = frenchCsv(file.bytes());
            CSVRecord total = rows.get(rows.size() - 1);
            assertThat(total.get("N° de commande")).isEqualTo("TOTAL");
            assertThat(cents(total.get("Commission du pôle (€)"))).isEqualTo(json.path("commissionCents").asLong());
            browser.checkPage("member-statement").fitsWidth();
        }
    }

    private record Download(String type, byte[] bytes) {
    }

    /** Keeps every Blob the page turns into a download link, to read it back. */
    private static void catchDownloads(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "window.__downloads = [];"
                        + "const create = URL.createObjectURL.bind(URL);"
                        + "URL.createObjectURL = blob => { window.__downloads.push(blob); return create(blob); };");
    }

    private static Download downloaded(Browser browser, int index) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.until(d -> Boolean.TRUE.equals(js.executeScript("return window.__downloads.length > " + index + ";")));
        @SuppressWarnings("unchecked")
        Map<String, Object> blob = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const blob = window.__downloads[" + index + "];"
                        + "const reader = new FileReader();"
                        + "reader.onload = () => done({type: blob.type, data: reader.result.split(',')[1]});"
                        + "reader.readAsDataURL(blob);");
        return new Download((String) blob.get("type"), Base64.getDecoder().decode((String) blob.get("data")));
    }

    private static List<CSVRecord> frenchCsv(byte[] body) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(body)).get(),
                        StandardCharsets.UTF_8))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long cents(String frenchEuros) {
        return new BigDecimal(frenchEuros.replace(',', '.')).movePointRight(2).longValueExact();
    }
}
