package fr.centreisere.concierge.provider.job.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static fr.centreisere.concierge.provider.support.Api.coordinator;
import static fr.centreisere.concierge.provider.support.Api.resident;
import static fr.centreisere.concierge.provider.support.Api.staffOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.provider.support.Api;
import fr.centreisere.concierge.testsupport.MutableClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * Exports of the jobs and of the impact report through HTTP, read back as a French spreadsheet would (Commons
 * CSV with {@code ;} and the BOM) and with POI: the same lines as the JSON answer for the same filters.
 */
// a context (and a database) of its own: its completed job must not count in the other journeys' impact report
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "concierge.test.context=job-exports")
@AutoConfigureRestTestClient
@Import({MutableClock.Config.class, Api.Keys.class})
@EnableWireMock(@ConfigureWireMock(name = "order-service", baseUrlProperties = "concierge.order-service.url"))
class JobExportsTest {

    private static final String BIKE_WORKSHOP = "mbr-atelier-velo-voironnais";
    private static final String GARDENS = "mbr-jardins-de-la-morge";
    private static final String PERIOD = "from=2027-02-01&to=2027-02-28";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static boolean prepared;

    @Autowired
    RestTestClient client;

    @InjectWireMock("order-service")
    WireMockServer orderService;

    @BeforeEach
    void jobsOfFebruary2027() {
        orderService.stubFor(post(urlPathMatching("/internal/orders/.*/job-events")).willReturn(aResponse().withStatus(204)));
        if (prepared) {
            return;
        }
        String done = dispatch("ord-export-done", "svc-reparation-velo", "SMALL_REPAIRS", "2027-02-01", "Réparation de vélo");
        act(done, "accept");
        act(done, "start");
        client.post().uri("/api/jobs/{id}/complete", done).headers(staffOf(BIKE_WORKSHOP)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"hoursWorked\":2.5,\"insertionHours\":1.5}").exchange().expectStatus().isOk();
        // a name that a spreadsheet would run as a formula, were it not neutralised
        dispatch("ord-export-formula", "svc-reparation-velo", "SMALL_REPAIRS", "2027-02-02", "=HYPERLINK(\"http://evil.example\",\"x\")");
        dispatch("ord-export-garden", "svc-tonte-pelouse", "GARDENING", "2027-02-03", null);
        dispatch("ord-export-march", "svc-reparation-velo", "SMALL_REPAIRS", "2027-03-15", null);
        prepared = true;
    }

    private String dispatch(String orderId, String serviceId, String category, String date, String serviceName) {
        String body = Api.dispatchBody(orderId, serviceId, category, "38563", date);
        if (serviceName != null) {
            body = body.replace("\"quantity\":1,", "\"quantity\":1,\"serviceName\":\"%s\",".formatted(serviceName.replace("\"", "\\\"")));
        }
        String answer = client.post().uri("/internal/dispatches").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return JsonPath.read(answer, "$.jobId");
    }

    private void act(String jobId, String action) {
        client.post().uri("/api/jobs/{id}/{action}", jobId, action).headers(staffOf(BIKE_WORKSHOP)).exchange()
                .expectStatus().isOk();
    }

    private List<String> jsonIds(String query, Consumer<HttpHeaders> who) {
        String json = client.get().uri("/api/jobs?size=100&" + query).headers(who).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return JsonPath.read(json, "$.content[*].id");
    }

    private byte[] download(String uri, Consumer<HttpHeaders> who) {
        return client.get().uri(uri).headers(who).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    static List<CSVRecord> frenchCsv(byte[] body) {
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(body)).get(),
                        StandardCharsets.UTF_8))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<Object>> sheet(byte[] body) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    var cell = row.getCell(i);
                    cells.add(cell == null ? null : switch (cell.getCellType()) {
                        case NUMERIC -> cell.getNumericCellValue();
                        case BOOLEAN -> cell.getBooleanCellValue();
                        default -> cell.getStringCellValue();
                    });
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCoordinatorsCsvHoldsTheJsonLinesOfThePeriodInFrench() {
        var answer = client.get().uri("/api/jobs?format=csv&" + PERIOD).headers(coordinator()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/csv;charset=UTF-8")
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"missions-2027-02-01-2027-02-28.csv\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        List<CSVRecord> lines = frenchCsv(answer);

        assertThat(lines).extracting(line -> line.get("Mission"))
                .containsExactlyInAnyOrderElementsOf(jsonIds(PERIOD, coordinator()))
                .contains("job-ord-export-done", "job-ord-export-formula", "job-ord-export-garden")
                .doesNotContain("job-ord-export-march");
        // by slot day
        assertThat(lines).extracting(line -> line.get("Date")).isSorted();

        CSVRecord done = lines.stream().filter(l -> l.get("Mission").equals("job-ord-export-done")).findFirst().orElseThrow();
        assertThat(done.get("État")).isEqualTo("DONE");
        assertThat(done.get("Date")).isEqualTo("01/02/2027");
        assertThat(done.get("Début")).isEqualTo("14:00");
        assertThat(done.get("Heures travaillées")).isEqualTo("2,5");
        assertThat(done.get("Heures d'insertion")).isEqualTo("1,5");
        assertThat(done.get("Membre")).isEqualTo("L'Atelier Vélo Voironnais");
        assertThat(done.get("Code membre")).isEqualTo(BIKE_WORKSHOP);
        assertThat(done.get("Service")).isEqualTo("Réparation de vélo");
        assertThat(done.get("Terminée le")).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");

        CSVRecord formula = lines.stream().filter(l -> l.get("Mission").equals("job-ord-export-formula")).findFirst().orElseThrow();
        assertThat(formula.get("Service")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(formula.get("Heures travaillées")).isEmpty();
    }

    @Test
    void aStateNarrowsTheExportAsItNarrowsTheList() {
        byte[] body = download("/api/jobs?format=csv&state=DONE&" + PERIOD, coordinator());
        assertThat(frenchCsv(body)).extracting(line -> line.get("Mission"))
                .containsExactlyInAnyOrderElementsOf(jsonIds("state=DONE&" + PERIOD, coordinator()))
                .containsExactly("job-ord-export-done");
    }

    @Test
    void memberStaffExportOnlyTheirOwnJobsWhateverTheyAsk() {
        byte[] body = client.get().uri("/api/jobs?memberId=" + GARDENS + "&" + PERIOD).headers(staffOf(BIKE_WORKSHOP))
                .accept(MediaType.parseMediaType(XLSX)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(XLSX)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"missions-2027-02-01-2027-02-28.xlsx\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        List<List<Object>> rows = sheet(body);
        assertThat(rows.get(0)).startsWith("Mission", "N° de commande", "État", "Date");
        List<List<Object>> lines = rows.subList(1, rows.size());
        assertThat(lines).extracting(line -> line.get(0))
                .containsExactlyInAnyOrderElementsOf(new ArrayList<Object>(jsonIds(PERIOD, staffOf(BIKE_WORKSHOP))))
                .contains("job-ord-export-done", "job-ord-export-formula")
                .doesNotContain("job-ord-export-garden");
        assertThat(lines).allSatisfy(line -> assertThat(line.get(12)).isEqualTo(BIKE_WORKSHOP));
        List<Object> done = lines.stream().filter(l -> l.get(0).equals("job-ord-export-done")).findFirst().orElseThrow();
        // real numbers: hours worked and insertion hours, the quantity
        assertThat(done.get(11)).isEqualTo(1.0);
        assertThat(done.get(15)).isEqualTo(2.5);
        assertThat(done.get(16)).isEqualTo(1.5);
    }

    @Test
    void theImpactReportExportsOneLinePerMemberAndTheTotal() {
        String period = "from=2026-01-01&to=2030-12-31";
        String json = client.get().uri("/api/impact?" + period).headers(coordinator()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        List<Map<String, Object>> members = JsonPath.read(json, "$.members");
        assertThat(members).isNotEmpty();

        var csv = client.get().uri("/api/impact?format=csv&" + period).headers(coordinator()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"impact-2026-01-01-2030-12-31.csv\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        List<CSVRecord> lines = frenchCsv(csv);
        assertThat(lines).hasSize(members.size() + 1);
        for (int i = 0; i < members.size(); i++) {
            Map<String, Object> member = members.get(i);
            CSVRecord line = lines.get(i);
            assertThat(line.get("Code membre")).isEqualTo(member.get("memberId"));
            assertThat(line.get("Membre")).isEqualTo(member.get("memberName"));
            assertThat(line.get("Missions terminées")).isEqualTo(member.get("jobsDone").toString());
            assertThat(line.get("Heures travaillées")).isEqualTo(frenchNumber(member.get("hoursWorked")));
            assertThat(line.get("Chiffre d'affaires HT (€)")).isEqualTo(euros(member.get("revenueCents")));
            assertThat(line.get("Commission du pôle (€)")).isEqualTo(euros(member.get("commissionCents")));
            assertThat(line.get("Reversé au membre (€)")).isEqualTo(euros(member.get("payoutCents")));
        }
        CSVRecord total = lines.get(members.size());
        assertThat(total.get("Membre")).isEqualTo("Total");
        assertThat(total.get("Code membre")).isEmpty();
        assertThat(total.get("Missions terminées")).isEqualTo(JsonPath.read(json, "$.total.jobsDone").toString());
        assertThat(total.get("Chiffre d'affaires HT (€)")).isEqualTo(euros(JsonPath.read(json, "$.total.revenueCents")));

        List<List<Object>> rows = sheet(download("/api/impact?format=xlsx&" + period, coordinator()));
        assertThat(rows).hasSize(members.size() + 2);
        for (int i = 0; i < members.size(); i++) {
            assertThat(rows.get(i + 1).get(0)).isEqualTo(members.get(i).get("memberId"));
            assertThat(rows.get(i + 1).get(5)).isEqualTo(((Number) members.get(i).get("revenueCents")).longValue() / 100.0);
        }
        assertThat(rows.get(members.size() + 1).get(1)).isEqualTo("Total");
    }

    private static String euros(Object cents) {
        return java.math.BigDecimal.valueOf(((Number) cents).longValue(), 2).toPlainString().replace('.', ',');
    }

    private static String frenchNumber(Object value) {
        java.math.BigDecimal exact = java.math.BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros();
        return (exact.scale() < 0 ? exact.setScale(0) : exact).toPlainString().replace('.', ',');
    }

    @Test
    void badExportsAreRefusedWithProblems() {
        client.get().uri("/api/jobs?format=odt").headers(coordinator()).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("format");
        client.get().uri("/api/impact").headers(coordinator()).accept(MediaType.parseMediaType("application/vnd.oasis.opendocument.spreadsheet")).exchange()
                .expectStatus().isEqualTo(406)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/jobs?format=csv&from=2027-02-10&to=2027-02-01").headers(coordinator()).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
        client.get().uri("/api/impact?format=csv").headers(staffOf(BIKE_WORKSHOP)).exchange().expectStatus().isForbidden();
        client.get().uri("/api/jobs?format=csv").headers(resident()).exchange().expectStatus().isForbidden();
        client.get().uri("/api/jobs?format=xlsx").exchange().expectStatus().isUnauthorized();
    }
}
