package fr.centreisere.concierge.provider.job.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static fr.centreisere.concierge.provider.support.Api.coordinator;
import static fr.centreisere.concierge.provider.support.Api.staffOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.provider.support.Api;
import fr.centreisere.concierge.testsupport.MutableClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
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
 * The member's job sheet through HTTP: the visit (from order-service, a WireMock server here) on an
 * accepted job for its own member only, the day sheet, the private calendar feed and its renewal, and a
 * coordinator's correction of a completion report counted in the impact report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import({MutableClock.Config.class, Api.Keys.class})
@EnableWireMock(@ConfigureWireMock(name = "order-service", baseUrlProperties = "concierge.order-service.url"))
class JobSheetTest {

    private static final String BIKE_WORKSHOP = "mbr-atelier-velo-voironnais";
    private static final String GARDENS = "mbr-jardins-de-la-morge";
    private static final String PROXI = "mbr-proxi-services-voironnais";

    @Autowired
    RestTestClient client;

    @Autowired
    CircuitBreakerRegistry breakers;

    @InjectWireMock("order-service")
    WireMockServer orderService;

    @BeforeEach
    void orderServiceTakesEvents() {
        orderService.resetAll();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        orderService.stubFor(post(urlPathMatching("/internal/orders/.*/job-events")).willReturn(aResponse().withStatus(204)));
    }

    // --- the visit ----------------------------------------------------------------------------

    @Test
    void anOfferedJobCarriesNoVisitAndAnAcceptedOneDoesForItsOwnMemberOnly() {
        String answer = dispatch("ord-sheet-1", "svc-tonte-pelouse", "GARDENING", "38563", "2026-12-14", "09:00", "11:00");
        String jobId = JsonPath.read(answer, "$.jobId");
        String first = JsonPath.read(answer, "$.memberId");
        String second = first.equals(GARDENS) ? PROXI : GARDENS;
        stubVisit("ord-sheet-1", second);
        stubVisit("ord-sheet-1", first);

        String offered = read(jobId, staffOf(first));
        assertThat(JsonPath.<Object>read(offered, "$")).asString().doesNotContain("visit", "06 12", "Mainssieux");
        assertThat(JsonPath.<String>read(offered, "$.serviceName")).isNotBlank();
        assertThat(JsonPath.<Integer>read(offered, "$.quantity")).isEqualTo(1);
        assertThat(JsonPath.<String>read(offered, "$.communeName")).isEqualTo("Voiron");

        act(jobId, "decline", staffOf(first), "{\"reason\":\"équipe complète\"}").expectStatus().isOk();
        act(jobId, "accept", staffOf(second), null).expectStatus().isOk()
                .expectBody().jsonPath("$.visit.phone").isEqualTo("+33 6 12 34 56 78");

        String accepted = read(jobId, staffOf(second));
        assertThat(JsonPath.<String>read(accepted, "$.visit.customerName")).isEqualTo("Camille Martin");
        assertThat(JsonPath.<String>read(accepted, "$.visit.phone")).isEqualTo("+33 6 12 34 56 78");
        assertThat(JsonPath.<String>read(accepted, "$.visit.address.line1")).isEqualTo("12 rue Mainssieux");
        assertThat(JsonPath.<String>read(accepted, "$.visit.address.communeName")).isEqualTo("Voiron");
        assertThat(JsonPath.<String>read(accepted, "$.visit.notes")).isEqualTo("Code porte 1234");
        assertThat(accepted).doesNotContain("visitUnavailable");

        // the member that declined still reads the job (its offer), never the customer's data
        String declined = read(jobId, staffOf(first));
        assertThat(declined).doesNotContain("visit", "Camille", "06 12");
        // another member does not see the job at all
        client.get().uri("/api/jobs/{id}", jobId).headers(staffOf(BIKE_WORKSHOP)).exchange().expectStatus().isNotFound();
        // coordinators see it
        assertThat(JsonPath.<String>read(read(jobId, coordinator()), "$.visit.phone")).isEqualTo("+33 6 12 34 56 78");
        // and the holder's list carries it
        String list = client.get().uri("/api/jobs?state=ACCEPTED&size=100").headers(staffOf(second)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(JsonPath.<List<String>>read(list, "$.content[?(@.id == '%s')].visit.customerName".formatted(jobId)))
                .containsExactly("Camille Martin");
        // order-service was asked for the member holding the job, never for the one that had it offered
        orderService.verify(0, getRequestedFor(urlPathEqualTo("/internal/orders/ord-sheet-1/visit"))
                .withQueryParam("memberId", equalTo(first)));
        orderService.verify(getRequestedFor(urlPathEqualTo("/internal/orders/ord-sheet-1/visit"))
                .withQueryParam("memberId", equalTo(second)).withHeader("X-Internal-Token", equalTo(Api.INTERNAL_TOKEN)));
    }

    @Test
    void whenOrderServiceDoesNotGiveTheVisitTheJobIsShownAllTheSame() {
        String jobId = acceptedBikeJob("ord-sheet-down", "2026-12-15", "14:00", "16:00");
        orderService.stubFor(get(urlPathEqualTo("/internal/orders/ord-sheet-down/visit")).willReturn(aResponse().withStatus(503)));
        String down = read(jobId, staffOf(BIKE_WORKSHOP));
        assertThat(JsonPath.<Boolean>read(down, "$.visitUnavailable")).isTrue();
        assertThat(JsonPath.<String>read(down, "$.state")).isEqualTo("ACCEPTED");
        assertThat(down).doesNotContain("\"visit\"");

        orderService.stubFor(get(urlPathEqualTo("/internal/orders/ord-sheet-down/visit")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        assertThat(JsonPath.<Boolean>read(read(jobId, staffOf(BIKE_WORKSHOP)), "$.visitUnavailable")).isTrue();
    }

    // --- the day sheet ------------------------------------------------------------------------

    @Test
    void theDaySheetListsTheMembersAcceptedJobsOfThatDayBySlotWithTheirVisits() {
        String late = acceptedBikeJob("ord-day-late", "2026-12-16", "15:00", "16:00");
        String early = acceptedBikeJob("ord-day-early", "2026-12-16", "09:00", "10:00");
        acceptedBikeJob("ord-day-other", "2026-12-17", "09:00", "10:00");
        dispatch("ord-day-offered", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-16", "11:00", "12:00");
        stubVisit("ord-day-late", BIKE_WORKSHOP);
        stubVisit("ord-day-early", BIKE_WORKSHOP);

        String sheet = client.get().uri("/api/jobs/day-sheet?date=2026-12-16").headers(staffOf(BIKE_WORKSHOP)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(JsonPath.<String>read(sheet, "$.date")).isEqualTo("2026-12-16");
        assertThat(JsonPath.<String>read(sheet, "$.memberId")).isEqualTo(BIKE_WORKSHOP);
        assertThat(JsonPath.<String>read(sheet, "$.memberName")).isEqualTo("L'Atelier Vélo Voironnais");
        assertThat(JsonPath.<List<String>>read(sheet, "$.jobs[*].id")).containsExactly(early, late);
        assertThat(JsonPath.<List<String>>read(sheet, "$.jobs[*].visit.phone")).containsOnly("+33 6 12 34 56 78").hasSize(2);

        // another member's staff gets their own (empty) sheet; a coordinator names the member
        client.get().uri("/api/jobs/day-sheet?date=2026-12-16").headers(staffOf(GARDENS)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.jobs.length()").isEqualTo(0);
        client.get().uri("/api/jobs/day-sheet?date=2026-12-16&memberId=" + BIKE_WORKSHOP).headers(coordinator()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.jobs.length()").isEqualTo(2);
        client.get().uri("/api/jobs/day-sheet?date=2026-12-16").headers(coordinator()).exchange().expectStatus().isForbidden();
        client.get().uri("/api/jobs/day-sheet?date=16/12/2026").headers(staffOf(BIKE_WORKSHOP)).exchange()
                .expectStatus().isBadRequest();
        client.get().uri("/api/jobs/day-sheet").headers(staffOf(BIKE_WORKSHOP)).exchange().expectStatus().isBadRequest();
    }

    // --- the calendar feed --------------------------------------------------------------------

    @Test
    void theCalendarFeedIsValidICalendarAndARenewedKeyRefusesTheOldOne() {
        String jobId = acceptedBikeJob("ord-ics", "2026-12-18", "14:00", "16:00");
        stubVisit("ord-ics", BIKE_WORKSHOP);

        client.post().uri("/api/members/{id}/calendar/renew", BIKE_WORKSHOP).exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/members/{id}/calendar/renew", BIKE_WORKSHOP).headers(staffOf(GARDENS)).exchange()
                .expectStatus().isForbidden();
        String link = client.post().uri("/api/members/{id}/calendar/renew", BIKE_WORKSHOP).headers(staffOf(BIKE_WORKSHOP))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String path = JsonPath.read(link, "$.path");
        String key = path.substring(path.indexOf("key=") + 4);
        assertThat(key).matches("[A-Za-z0-9_-]{43}"); // 256 bits
        assertThat(JsonPath.<String>read(link, "$.url")).isEqualTo("http://localhost:8080" + path);
        client.get().uri("/api/members/{id}/calendar", BIKE_WORKSHOP).headers(staffOf(BIKE_WORKSHOP)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(true)
                .jsonPath("$.renewedAt").exists();

        var result = client.get().uri(path).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar"))
                .expectBody(byte[].class).returnResult();
        String ics = new String(result.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        List<String> lines = Arrays.asList(unfolded.split("\r\n"));
        assertThat(lines).contains("VERSION:2.0", "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "UID:" + jobId,
                "DTSTART;TZID=Europe/Paris:20261218T140000", "DTEND;TZID=Europe/Paris:20261218T160000",
                "LOCATION:12 rue Mainssieux\\, Bâtiment B\\, 38500 Voiron");
        assertThat(lines.stream().filter(l -> l.startsWith("PRODID:")).count()).isEqualTo(1);
        assertThat(lines.stream().filter("BEGIN:VEVENT"::equals).count())
                .isEqualTo(lines.stream().filter("END:VEVENT"::equals).count());
        assertThat(lines.stream().filter(l -> l.startsWith("SUMMARY:")).toList()).isNotEmpty();
        assertThat(unfolded).doesNotContain("Camille", "06 12", "Code porte");

        String renewed = client.post().uri("/api/members/{id}/calendar/renew", BIKE_WORKSHOP).headers(coordinator())
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        client.get().uri(path).exchange().expectStatus().isNotFound();
        client.get().uri(JsonPath.<String>read(renewed, "$.path")).exchange().expectStatus().isOk();
        client.get().uri("/api/members/{id}/calendar.ics?key=wrong", BIKE_WORKSHOP).exchange().expectStatus().isNotFound();
        client.get().uri("/api/members/{id}/calendar.ics", BIKE_WORKSHOP).exchange().expectStatus().isNotFound();
        client.get().uri("/api/members/{id}/calendar.ics?key=" + key, GARDENS).exchange().expectStatus().isNotFound();
    }

    // --- a coordinator corrects a report ------------------------------------------------------

    @Test
    void aCoordinatorCorrectsACompletionReportAndTheImpactCountsTheCorrectedFigures() {
        // a gardening job (not the bike workshop's, whose month other tests of this context count)
        String answer = dispatch("ord-fix", "svc-tonte-pelouse", "GARDENING", "38563", "2026-12-03", "14:00", "16:00");
        String jobId = JsonPath.read(answer, "$.jobId");
        String member = JsonPath.read(answer, "$.memberId");
        act(jobId, "accept", staffOf(member), null).expectStatus().isOk();
        act(jobId, "start", staffOf(member), null).expectStatus().isOk();
        act(jobId, "report-correction", coordinator(), "{\"hoursWorked\":2,\"insertionHours\":1,\"reason\":\"x\"}")
                .expectStatus().isEqualTo(409);
        act(jobId, "complete", staffOf(member), "{\"hoursWorked\":18,\"insertionHours\":12}").expectStatus().isOk();
        String before = impact();

        act(jobId, "report-correction", staffOf(member), "{\"hoursWorked\":2,\"insertionHours\":1,\"reason\":\"x\"}")
                .expectStatus().isForbidden();
        act(jobId, "report-correction", coordinator(), "{\"hoursWorked\":2,\"insertionHours\":1}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        act(jobId, "report-correction", coordinator(), "{\"hoursWorked\":500,\"insertionHours\":1,\"reason\":\"x\"}")
                .expectStatus().isEqualTo(422);
        act(jobId, "report-correction", coordinator(), "{\"hoursWorked\":2,\"insertionHours\":3,\"reason\":\"x\"}")
                .expectStatus().isEqualTo(422);
        act(jobId, "report-correction", coordinator(),
                "{\"hoursWorked\":1.8,\"insertionHours\":1.2,\"reason\":\"virgule oubliée / missing decimal point\"}")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.report.hoursWorked").isEqualTo(1.8)
                .jsonPath("$.report.insertionHours").isEqualTo(1.2)
                .jsonPath("$.report.corrections[0].hoursWorkedBefore").isEqualTo(18.0)
                .jsonPath("$.report.corrections[0].insertionHoursBefore").isEqualTo(12.0)
                .jsonPath("$.report.corrections[0].hoursWorkedAfter").isEqualTo(1.8)
                .jsonPath("$.report.corrections[0].correctedBy").isEqualTo("usr-demo-coordinator")
                .jsonPath("$.report.corrections[0].reason").isEqualTo("virgule oubliée / missing decimal point")
                .jsonPath("$.report.corrections[0].correctedAt").exists();
        // the job's own member sees the correction too
        assertThat(JsonPath.<String>read(read(jobId, staffOf(member)), "$.report.corrections[0].reason"))
                .startsWith("virgule");

        String after = impact();
        assertThat(hours(after, "hoursWorked") - hours(before, "hoursWorked")).isCloseTo(-16.2, org.assertj.core.data.Offset.offset(0.001));
        assertThat(hours(after, "insertionHours") - hours(before, "insertionHours")).isCloseTo(-10.8, org.assertj.core.data.Offset.offset(0.001));
        assertThat(JsonPath.<Integer>read(after, "$.total.jobsDone")).isEqualTo(JsonPath.<Integer>read(before, "$.total.jobsDone"));
    }

    // --- helpers ------------------------------------------------------------------------------

    private String impact() {
        return client.get().uri("/api/impact?from=2026-11-01&to=2026-12-31").headers(coordinator()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static double hours(String impact, String field) {
        return JsonPath.<Number>read(impact, "$.total." + field).doubleValue();
    }

    private String acceptedBikeJob(String orderId, String date, String from, String to) {
        String answer = dispatch(orderId, "svc-reparation-velo", "SMALL_REPAIRS", "38563", date, from, to);
        assertThat(JsonPath.<String>read(answer, "$.memberId")).isEqualTo(BIKE_WORKSHOP);
        String jobId = JsonPath.read(answer, "$.jobId");
        act(jobId, "accept", staffOf(BIKE_WORKSHOP), null).expectStatus().isOk();
        return jobId;
    }

    private void stubVisit(String orderId, String memberId) {
        orderService.stubFor(get(urlPathEqualTo("/internal/orders/" + orderId + "/visit"))
                .withQueryParam("memberId", equalTo(memberId)).willReturn(okJson("""
                        {"orderId":"%s","customerName":"Camille Martin","phone":"+33 6 12 34 56 78",
                         "address":{"line1":"12 rue Mainssieux","line2":"Bâtiment B","postalCode":"38500"},
                         "communeInsee":"38563","notes":"Code porte 1234"}""".formatted(orderId))));
    }

    private String dispatch(String orderId, String serviceId, String category, String commune, String date, String from,
            String to) {
        return client.post().uri("/internal/dispatches").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"orderId":"%s","orderNumber":"CMD-%s","serviceId":"%s","category":"%s","communeInsee":"%s",
                         "slot":{"date":"%s","from":"%s","to":"%s"},"quantity":1,"subtotalCents":4500,"commissionCents":360}
                        """.formatted(orderId, orderId, serviceId, category, commune, date, from, to))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private String read(String jobId, Consumer<HttpHeaders> who) {
        return client.get().uri("/api/jobs/{id}", jobId).headers(who).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private RestTestClient.ResponseSpec act(String jobId, String action, Consumer<HttpHeaders> who, String body) {
        var request = client.post().uri("/api/jobs/{id}/{action}", jobId, action).headers(who);
        if (body != null) {
            return request.contentType(MediaType.APPLICATION_JSON).body(body).exchange();
        }
        return request.exchange();
    }
}
