package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.Http;
import fr.centreisere.concierge.systemtests.SignIn;
import fr.centreisere.concierge.systemtests.SystemTest;

/**
 * The member's job sheet in browsers (issue 14): a resident's order is accepted by the bike workshop; its
 * staff opens the job and sees where to go and whom to call (address, name, a tel: link, the notes), then
 * the day sheet, in French and English, on a phone and a desktop; the calendar feed address it creates
 * answers without a token. Every page is axe-checked.
 */
@SystemTest
class WebJobSheetSystemTest {

    private final ConciergeSystem system;

    WebJobSheetSystemTest(ConciergeSystem system) {
        this.system = system;
    }

    @Test
    void aMembersStaffOpensAnAcceptedJobAndItsDaySheet() {
        Http http = new Http(system.gatewayUrl());
        Map<String, String> resident = SignIn.as(http, Demo.RESIDENT);
        Map<String, String> staff = SignIn.as(http, Demo.MEMBER_STAFF);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() ->
                http.get("/api/catalog/services/" + Demo.BIKE_SERVICE + "?commune=" + Demo.VOIRON).json()
                        .path("availableInCommune").asBoolean());
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(6);
        String body = """
                {"serviceId":"%s","quantity":1,"communeInsee":"%s",
                 "address":{"line1":"7 rue des Tanneurs","line2":"Escalier C","postalCode":"38500"},
                 "slot":{"date":"%s","from":"14:00","to":"16:00"},"notes":"Code porte 4821, 2e étage",
                 "phone":"06 12 34 56 78","billing":"PERSONAL"}""".formatted(Demo.BIKE_SERVICE, Demo.VOIRON, day);
        Map<String, String> placing = new HashMap<>(resident);
        placing.put("Idempotency-Key", UUID.randomUUID().toString());
        List<Http.Reply> attempts = new ArrayList<>();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Http.Reply reply = http.post("/api/orders", body, placing);
            attempts.add(reply);
            return reply.status() == 201;
        });
        String orderId = attempts.get(attempts.size() - 1).json().path("id").asString();
        String jobId = "job-" + orderId;
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Http.Reply job = http.get("/api/jobs/" + jobId, staff);
            return job.status() == 200 && "OFFERED".equals(job.json().path("state").asString());
        });
        // an offer says what to decide on, not who or where
        Http.Reply offered = http.get("/api/jobs/" + jobId, staff);
        assertThat(offered.body()).doesNotContain("Tanneurs", "06 12 34 56 78", "4821");
        assertThat(http.post("/api/jobs/" + jobId + "/accept", null, staff).status()).isEqualTo(200);
        // order-service has heard of the acceptance: it gives the visit to the workshop
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() ->
                http.get("/api/jobs/" + jobId, staff).json().path("visit").path("phone").asString().equals("06 12 34 56 78"));

        try (Browser browser = new Browser(system.gatewayUrl(), "job-sheet-phone", Browser.PHONE_WIDTH)) {
            browser.signIn(Demo.MEMBER_STAFF, Demo.PASSWORD);
            browser.open("/missions?etat=ACCEPTED");
            WebElement card = browser.find(By.cssSelector("li[data-job='" + jobId + "']"));
            assertThat(card.getText()).contains("7 rue des Tanneurs", "06 12 34 56 78", "Code porte 4821");
            browser.checkPage("accepted-jobs").fitsWidth();

            browser.click(By.cssSelector("li[data-job='" + jobId + "'] a.job-link"));
            browser.until(d -> browser.route().equals("/missions/" + jobId));
            browser.settled();
            WebElement visit = browser.find(By.cssSelector("#this-job .visit"));
            assertThat(visit.getText()).contains("7 rue des Tanneurs", "Escalier C", "38500 Voiron", "Code porte 4821, 2e étage");
            assertThat(browser.find(By.cssSelector("#this-job .visit a[href^='tel:']")).getAttribute("href"))
                    .isEqualTo("tel:0612345678");
            browser.checkPage("accepted-job").fitsWidth();

            browser.open("/missions/feuille-de-route?jour=" + day);
            WebElement entry = browser.find(By.cssSelector("li.sheet-entry[data-job='" + jobId + "']"));
            assertThat(entry.getText()).contains("14:00–16:00", "7 rue des Tanneurs", "06 12 34 56 78");
            assertThat(browser.heading()).startsWith("Feuille de route du");
            assertThat(browser.find(By.id("sheet-print")).getText()).isEqualTo("Imprimer");
            browser.checkPage("day-sheet-fr-phone").fitsWidth();

            browser.click(By.id("lang-switch"));
            browser.settled();
            browser.until(d -> browser.heading().startsWith("Day sheet for"));
            assertThat(browser.find(By.cssSelector("li.sheet-entry[data-job='" + jobId + "']")).getText())
                    .contains("Customer", "Phone");
            browser.checkPage("day-sheet-en-phone").fitsWidth();
        }

        try (Browser browser = new Browser(system.gatewayUrl(), "job-sheet-desktop", Browser.DESKTOP_WIDTH)) {
            browser.signIn(Demo.MEMBER_STAFF, Demo.PASSWORD);
            browser.click(By.id("lang-switch"));
            browser.open("/missions/" + jobId);
            assertThat(browser.find(By.cssSelector("#this-job .visit")).getText())
                    .contains("Customer", "7 rue des Tanneurs", "06 12 34 56 78");
            browser.checkPage("accepted-job-en-desktop");
            browser.click(By.id("lang-switch"));
            browser.open("/missions/feuille-de-route?jour=" + day);
            browser.find(By.cssSelector("li.sheet-entry[data-job='" + jobId + "']"));
            browser.checkPage("day-sheet-fr-desktop");

            // the private calendar: a new address, shown once, that a calendar application reads without a token
            browser.open("/missions");
            browser.click(By.id("calendar-renew"));
            String url = browser.find(By.id("calendar-url")).getAttribute("value");
            assertThat(url).contains("/api/members/mbr-atelier-velo-voironnais/calendar.ics?key=");
            browser.checkPage("calendar-link");
            String path = url.substring(url.indexOf("/api/"));
            Http.Reply feed = http.get(path);
            assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
            assertThat(feed.contentType()).startsWith("text/calendar");
            assertThat(feed.body().replace("\r\n ", "")).contains("BEGIN:VCALENDAR", "UID:" + jobId, "7 rue des Tanneurs");
        }
    }
}
