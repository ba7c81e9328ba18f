package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.Http;
import fr.centreisere.concierge.systemtests.SignIn;
import fr.centreisere.concierge.systemtests.SystemTest;

/**
 * Exports from the screens, through the gateway: the file the browser saves (caught as the Blob the app
 * makes of the answer) read back as a French spreadsheet would, holding the lines the JSON lists; the token
 * never in an address.
 */
@SystemTest
class WebExportSystemTest {

    private final ConciergeSystem system;
    private final Http http;

    WebExportSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void aMembersStaffExportsTheMonthsJobsAsTheListHoldsThem() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        LocalDate from = today.withDayOfMonth(1);
        LocalDate to = today.withDayOfMonth(today.lengthOfMonth());
        try (Browser staff = new Browser(system.gatewayUrl(), "export-1-member-jobs", Browser.PHONE_WIDTH)) {
            staff.signIn(Demo.MEMBER_STAFF, Demo.PASSWORD);
            staff.open("/missions");
            catchDownloads(staff);
            staff.click(By.id("jobs-export-csv"));
            String expectedName = "missions-%s-%s.csv".formatted(from, to);
            staff.until(d -> staff.find(By.cssSelector("#jobs-export .export-message")).getText().contains(expectedName));

            Download file = downloaded(staff);
            assertThat(file.type()).startsWith("text/csv");
            List<CSVRecord> lines = frenchCsv(file.bytes());
            JsonNode json = http.get("/api/jobs?size=100&from=%s&to=%s".formatted(from, to),
                    SignIn.as(http, Demo.MEMBER_STAFF)).json();
            List<String> ids = json.path("content").valueStream().map(job -> job.path("id").asString()).toList();
            assertThat(json.path("totalElements").asLong()).isLessThanOrEqualTo(100);
            assertThat(lines).extracting(line -> line.get("Mission")).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(lines).allSatisfy(line -> assertThat(line.get("Date")).matches("\\d\\d/\\d\\d/\\d{4}"));
            assertNoTokenInAnAddress(staff);
            staff.checkPage("jobs-exported").fitsWidth();
        }
    }

    /** The period a file's name says: {@code impact-2026-12-01-2026-12-31.xlsx} → the two days. */
    private static String[] periodOf(String message, String base, String extension) {
        Matcher name = Pattern.compile(base + "-(\\d{4}-\\d\\d-\\d\\d)-(\\d{4}-\\d\\d-\\d\\d)\\." + extension).matcher(message);
        assertThat(name.find()).as("a file name in « %s »", message).isTrue();
        return new String[] { name.group(1), name.group(2) };
    }

    @Test
    void aCoordinatorDownloadsTheImpactReportAsExcel() {
        try (Browser coordinator = new Browser(system.gatewayUrl(), "export-2-impact", Browser.DESKTOP_WIDTH)) {
            coordinator.signIn(Demo.COORDINATOR, Demo.PASSWORD);
            coordinator.open("/coordination");
            catchDownloads(coordinator);
            coordinator.click(By.id("impact-export-xlsx"));
            String message = coordinator.until(d -> {
                // the dashboard has two exports (the orders', the impact's): this one's message
                String text = d.findElement(By.cssSelector("section[aria-labelledby=impact-export-heading] .export-message")).getText();
                return text.contains(".xlsx") ? text : null;
            });
            // the dashboard's period, as the file's name says it
            String[] period = periodOf(message, "impact", "xlsx");

            Download file = downloaded(coordinator);
            assertThat(file.type()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            JsonNode json = http.get("/api/impact?from=%s&to=%s".formatted(period[0], period[1]), SignIn.as(http, Demo.COORDINATOR)).json();
            List<String> members = json.path("members").valueStream().map(m -> m.path("memberId").asString()).toList();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Membre");
                List<String> exported = new ArrayList<>();
                for (int i = 1; i <= members.size(); i++) {
                    exported.add(sheet.getRow(i).getCell(0).getStringCellValue());
                }
                assertThat(exported).containsExactlyElementsOf(members);
                var total = sheet.getRow(members.size() + 1);
                assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Total");
                assertThat(total.getCell(5).getNumericCellValue())
                        .isEqualTo(json.path("total").path("revenueCents").asLong() / 100.0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertNoTokenInAnAddress(coordinator);
            coordinator.checkPage("impact-exported");
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

    private static Download downloaded(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.until(d -> Boolean.TRUE.equals(js.executeScript("return window.__downloads.length === 1;")));
        @SuppressWarnings("unchecked")
        Map<String, Object> blob = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const blob = window.__downloads[0];"
                        + "const reader = new FileReader();"
                        + "reader.onload = () => done({type: blob.type, data: reader.result.split(',')[1]});"
                        + "reader.readAsDataURL(blob);");
        return new Download((String) blob.get("type"), Base64.getDecoder().decode((String) blob.get("data")));
    }

    /** The file was asked for with the token in a header: no address the page fetched or opened carries it. */
    private static void assertNoTokenInAnAddress(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) js.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('format='));");
        assertThat(fetched).isNotEmpty();
        String token = (String) js.executeScript("return sessionStorage.getItem('concierge.token');");
        assertThat(token).as("the session's token").isNotBlank();
        assertThat(fetched).noneMatch(address -> address.contains(token.substring(0, 20)));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(token.substring(0, 20));
    }

    private static List<CSVRecord> frenchCsv(byte[] body) {
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(body)).get(),
                        StandardCharsets.UTF_8))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
