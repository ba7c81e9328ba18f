package fr.centreisere.concierge.provider.statement.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static fr.centreisere.concierge.provider.support.Api.coordinator;
import static fr.centreisere.concierge.provider.support.Api.resident;
import static fr.centreisere.concierge.provider.support.Api.staffOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The member's monthly statement through HTTP: the jobs it completed in the month (Paris), totals exact and equal to
 * the sums of the lines, the French CSV read back with {@code ;} and the BOM giving the JSON's figures, the PDF's
 * totals, who may read it; and the internal work of some orders that order-service's bilan RSE reads.
 */
// a context (and a database) of its own: its completed jobs must not count in the other journeys' reports
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "concierge.test.context=member-statements")
@AutoConfigureRestTestClient
@Import({MutableClock.Config.class, Api.Keys.class})
@EnableWireMock(@ConfigureWireMock(name = "order-service", baseUrlProperties = "concierge.order-service.url"))
class MemberStatementTest {

    private static final String BIKE_WORKSHOP = "mbr-atelier-velo-voironnais";
    private static final String GARDENS = "mbr-jardins-de-la-morge";
    private static final String MAY = "/api/members/" + BIKE_WORKSHOP + "/statements/2027-05";
    private static boolean prepared;

    @Autowired
    RestTestClient client;

    @Autowired
    MutableClock clock;

    @InjectWireMock("order-service")
    WireMockServer orderService;

    /** Three repairs done in May 2027 (45.00 €, 33.33 €, 19.99 € HT), one done on 1 June in Paris, one not done. */
    @BeforeEach
    void jobsOfMay2027() {
        orderService.stubFor(post(urlPathMatching("/internal/orders/.*/job-events")).willReturn(aResponse().withStatus(204)));
        if (prepared) {
            return;
        }
        done("ord-stm-1", "2027-05-03", 4_500, 360, "2.5", "1.5", "2027-05-03T15:00:00Z");
        done("ord-stm-2", "2027-05-10", 3_333, 267, "1.25", "1.25", "2027-05-10T15:00:00Z");
        done("ord-stm-3", "2027-05-31", 1_999, 160, "0.75", "0", "2027-05-31T21:30:00Z");
        // 22:30 UTC on 31 May is 00:30 on 1 June in Paris: June's
        done("ord-stm-4", "2027-05-31", 9_900, 792, "3", "3", "2027-05-31T22:30:00Z");
        dispatch("ord-stm-5", "2027-05-20", 5_000, 400);
        prepared = true;
    }

    @Test
    void theMonthsJobsAddUpExactlyToTheCent() {
        String json = get(MAY, staffOf(BIKE_WORKSHOP));
        List<String> numbers = JsonPath.read(json, "$.lines[*].orderNumber");
        assertThat(numbers).containsExactly("CMD-ord-stm-1", "CMD-ord-stm-2", "CMD-ord-stm-3");
        assertThat((Integer) JsonPath.read(json, "$.jobsDone")).isEqualTo(3);
        assertThat(cents(json, "$.revenueCents")).isEqualTo(4_500 + 3_333 + 1_999)
                .isEqualTo(sum(json, "$.lines[*].revenueCents"));
        assertThat(cents(json, "$.commissionCents")).isEqualTo(360 + 267 + 160)
                .isEqualTo(sum(json, "$.lines[*].commissionCents"));
        assertThat(cents(json, "$.payoutCents")).isEqualTo(cents(json, "$.revenueCents") - cents(json, "$.commissionCents"))
                .isEqualTo(sum(json, "$.lines[*].payoutCents"));
        assertThat(decimal(json, "$.hoursWorked")).isEqualByComparingTo("4.5");
        assertThat(decimal(json, "$.insertionHours")).isEqualByComparingTo("2.75");
        assertThat((String) JsonPath.read(json, "$.memberName")).isEqualTo("L'Atelier Vélo Voironnais");
        assertThat((String) JsonPath.read(json, "$.lines[0].category")).isEqualTo("SMALL_REPAIRS");
        assertThat((String) JsonPath.read(json, "$.lines[2].completedOn")).isEqualTo("2027-05-31");

        String june = get("/api/members/" + BIKE_WORKSHOP + "/statements/2027-06", coordinator());
        assertThat((List<String>) JsonPath.read(june, "$.lines[*].orderNumber")).containsExactly("CMD-ord-stm-4");
    }

    @Test
    void theFrenchCsvReadBackWithItsBomAndSemicolonsGivesTheJsonFigures() throws Exception {
        String json = get(MAY, staffOf(BIKE_WORKSHOP));
        byte[] csv = download(MAY + "?format=csv&dialect=fr", staffOf(BIKE_WORKSHOP));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(csv)).get(),
                        StandardCharsets.UTF_8))) {
            assertThat(parser.getHeaderNames()).contains("N° de commande", "Heures travaillées", "Heures d'insertion",
                    "Chiffre d'affaires HT (€)", "Commission du pôle (€)", "Catégorie");
            records = parser.getRecords();
        }
        assertThat(records).hasSize(4);
        List<Map<String, Object>> lines = JsonPath.read(json, "$.lines");
        for (int i = 0; i < lines.size(); i++) {
            CSVRecord row = records.get(i);
            assertThat(row.get("N° de commande")).isEqualTo(lines.get(i).get("orderNumber"));
            assertThat(frenchCents(row.get("Chiffre d'affaires HT (€)"))).isEqualTo(((Number) lines.get(i).get("revenueCents")).longValue());
            assertThat(frenchCents(row.get("Commission du pôle (€)"))).isEqualTo(((Number) lines.get(i).get("commissionCents")).longValue());
            assertThat(new BigDecimal(row.get("Heures travaillées").replace(',', '.')))
                    .isEqualByComparingTo(new BigDecimal(lines.get(i).get("hoursWorked").toString()));
            assertThat(row.get("Catégorie")).isEqualTo("Petites réparations");
        }
        assertThat(records.get(0).get("Terminée le")).isEqualTo("03/05/2027");
        assertThat(records.get(0).get("Heures travaillées")).isEqualTo("2,5");
        CSVRecord total = records.get(3);
        assertThat(total.get("N° de commande")).isEqualTo("TOTAL");
        assertThat(frenchCents(total.get("Chiffre d'affaires HT (€)"))).isEqualTo(cents(json, "$.revenueCents"));
        assertThat(frenchCents(total.get("Commission du pôle (€)"))).isEqualTo(cents(json, "$.commissionCents"));
        assertThat(frenchCents(total.get("Reversé au membre (€)"))).isEqualTo(cents(json, "$.payoutCents"));
        assertThat(total.get("Heures d'insertion")).isEqualTo("2,75");

        // RFC 4180: codes, decimal points, no BOM
        String rfc = new String(download(MAY + "?format=csv&dialect=rfc4180", coordinator()), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(rfc))) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows.get(0).get("category")).isEqualTo("SMALL_REPAIRS");
            assertThat(rows.get(3).get("revenue_eur")).isEqualTo("98.32");
        }
        assertThat(download(MAY + "?format=xlsx", staffOf(BIKE_WORKSHOP))).startsWith(0x50, 0x4B);
    }

    @Test
    void thePdfHoldsTheTotals() throws Exception {
        byte[] pdf = client.get().uri(MAY + "?format=pdf").headers(staffOf(BIKE_WORKSHOP)).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"releve-" + BIKE_WORKSHOP + "-2027-05.pdf\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        byte[] accepted = client.get().uri(MAY).headers(staffOf(BIKE_WORKSHOP))
                .headers(h -> h.setAccept(List.of(MediaType.APPLICATION_PDF))).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        for (byte[] file : List.of(pdf, accepted)) {
            try (PDDocument document = Loader.loadPDF(file)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Relevé mensuel de mai 2027 — L'Atelier Vélo Voironnais",
                        "Missions terminées 3", "Heures travaillées 4,5 h", "Dont heures d'insertion 2,75 h",
                        "Chiffre d'affaires HT 98,32 €", "Commission du pôle 7,87 €", "Reversé à la structure 90,45 €",
                        "CMD-ord-stm-2", "Pôle de services du Centre Isère");
            }
        }
    }

    @Test
    void anotherMembersStaffAResidentOrAnyoneUnsignedCannotReadIt() {
        client.get().uri(MAY).headers(staffOf(GARDENS)).exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri(MAY + "?format=csv").headers(staffOf(GARDENS)).exchange().expectStatus().isNotFound();
        client.get().uri(MAY).headers(resident()).exchange().expectStatus().isForbidden();
        client.get().uri(MAY).exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/members/mbr-nobody/statements/2027-05").headers(coordinator()).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aBadMonthIsA400Problem() {
        for (String month : List.of("2027-13", "2027-5", "mai-2027", "2027-05-01")) {
            client.get().uri("/api/members/" + BIKE_WORKSHOP + "/statements/" + month).headers(staffOf(BIKE_WORKSHOP))
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("month");
        }
    }

    @Test
    void theInternalWorkOfSomeOrdersGivesTheReportsAndTheStructuresKind() {
        String answer = client.post().uri("/internal/work").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"orderIds\":[\"ord-stm-1\",\"ord-stm-5\",\"ord-unknown\"]}").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        // the job not done and the unknown order are left out
        assertThat((List<String>) JsonPath.read(answer, "$.work[*].orderId")).containsExactly("ord-stm-1");
        assertThat((String) JsonPath.read(answer, "$.work[0].memberName")).isEqualTo("L'Atelier Vélo Voironnais");
        assertThat((String) JsonPath.read(answer, "$.work[0].structureType")).isNotBlank();
        assertThat(new BigDecimal(JsonPath.read(answer, "$.work[0].insertionHours").toString())).isEqualByComparingTo("1.5");
        client.post().uri("/internal/work").contentType(MediaType.APPLICATION_JSON).body("{\"orderIds\":[]}")
                .exchange().expectStatus().isUnauthorized();
    }

    private String dispatch(String orderId, String date, long subtotalCents, long commissionCents) {
        String body = Api.dispatchBody(orderId, "svc-reparation-velo", "SMALL_REPAIRS", "38563", date)
                .replace("\"subtotalCents\":4500,\"commissionCents\":360",
                        "\"subtotalCents\":%d,\"commissionCents\":%d".formatted(subtotalCents, commissionCents));
        String answer = client.post().uri("/internal/dispatches").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat((String) JsonPath.read(answer, "$.memberId")).isEqualTo(BIKE_WORKSHOP);
        return JsonPath.read(answer, "$.jobId");
    }

    private void done(String orderId, String date, long subtotalCents, long commissionCents, String hours,
            String insertion, String completedAt) {
        String jobId = dispatch(orderId, date, subtotalCents, commissionCents);
        for (String action : List.of("accept", "start")) {
            client.post().uri("/api/jobs/{id}/{action}", jobId, action).headers(staffOf(BIKE_WORKSHOP)).exchange()
                    .expectStatus().isOk();
        }
        clock.set(Instant.parse(completedAt));
        client.post().uri("/api/jobs/{id}/complete", jobId).headers(staffOf(BIKE_WORKSHOP))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"hoursWorked\":%s,\"insertionHours\":%s}".formatted(hours, insertion)).exchange()
                .expectStatus().isOk();
        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
    }

    private String get(String uri, Consumer<HttpHeaders> who) {
        return client.get().uri(uri).headers(who).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
    }

    private byte[] download(String uri, Consumer<HttpHeaders> who) {
        return client.get().uri(uri).headers(who).exchange().expectStatus().isOk().expectBody(byte[].class)
                .returnResult().getResponseBody();
    }

    private static long cents(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    private static long sum(String json, String path) {
        List<Number> values = JsonPath.read(json, path);
        return values.stream().mapToLong(Number::longValue).sum();
    }

    private static BigDecimal decimal(String json, String path) {
        return new BigDecimal(JsonPath.read(json, path).toString());
    }

    private static long frenchCents(String euros) {
        return new BigDecimal(euros.replace(',', '.')).movePointRight(2).longValueExact();
    }
}
