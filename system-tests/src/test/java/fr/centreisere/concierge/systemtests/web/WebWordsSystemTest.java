package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.Http;
import fr.centreisere.concierge.systemtests.SignIn;
import fr.centreisere.concierge.systemtests.SystemTest;

/**
 * Words, not ids (issue 14): the skip link reaches the content by keyboard, an order's history names
 * the member in the reader's language and follows the order by itself, a company-only service says so
 * before any form, and a refusal from the server reads as a sentence (no « null », no ids).
 */
@SystemTest
class WebWordsSystemTest {

    private static final String WORKSHOP = "L'Atelier Vélo Voironnais";
    private static final String COMPANY_ONLY_SERVICE = "svc-navette-pressing-entreprise";

    private final ConciergeSystem system;
    private final Http http;

    WebWordsSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void theSkipLinkMovesFocusToTheMainContentWithoutChangingTheRoute() {
        try (Browser visitor = new Browser(system.gatewayUrl(), "words-skip-link", Browser.DESKTOP_WIDTH)) {
            visitor.open("/annuaire");
            String heading = visitor.heading();
            JavascriptExecutor js = (JavascriptExecutor) visitor.driver();
            js.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");

            new Actions(visitor.driver()).sendKeys(Keys.TAB).perform();
            assertThat(visitor.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("skip-link");
            new Actions(visitor.driver()).sendKeys(Keys.ENTER).perform();

            visitor.until(d -> Boolean.TRUE.equals(js.executeScript(
                    "return !!document.activeElement.closest('main');")));
            assertThat(visitor.route()).isEqualTo("/annuaire");
            assertThat(visitor.heading()).isEqualTo(heading).doesNotContain("introuvable");
            // the next Tab goes on inside the content, not back to the header
            new Actions(visitor.driver()).sendKeys(Keys.TAB).perform();
            assertThat(js.executeScript("return !!document.activeElement.closest('main');")).isEqualTo(true);
        }
    }

    @Test
    void anOrdersPageNamesTheMemberInBothLanguagesAndFollowsTheOrderByItself() {
        Map<String, String> resident = SignIn.as(http, Demo.RESIDENT);
        String orderId = placeBikeRepair(resident);
        String jobId = "job-" + orderId;
        Map<String, String> coordinator = SignIn.as(http, Demo.COORDINATOR);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get("/api/jobs/" + jobId, coordinator), reply -> reply.status() == 200
                        && "OFFERED".equals(reply.json().path("state").asString()));

        try (Browser browser = new Browser(system.gatewayUrl(), "words-order-history", Browser.PHONE_WIDTH)) {
            browser.signIn(Demo.RESIDENT, Demo.PASSWORD);
            browser.until(Duration.ofSeconds(30), d -> {
                browser.open("/commandes/" + orderId);
                return browser.find(By.id("order-history")).getText().contains("Proposée à");
            });
            String history = browser.find(By.id("order-history")).getText();
            assertThat(history).contains("Proposée à " + WORKSHOP).doesNotContain("mbr-").doesNotContain("svc-");
            browser.checkPage("history-fr").fitsWidth();

            browser.click(By.id("lang-switch"));
            browser.settled();
            browser.until(d -> browser.find(By.id("order-history")).getText().contains("Offered to " + WORKSHOP));
            assertThat(browser.find(By.id("order-history")).getText()).doesNotContain("mbr-");
            browser.checkPage("history-en");

            // the page is not reloaded: a mark left on the window stays while the order moves on
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.__stillTheSamePage = true;");
            Map<String, String> staff = SignIn.as(http, Demo.MEMBER_STAFF);
            assertThat(http.post("/api/jobs/" + jobId + "/accept", null, staff).status()).isEqualTo(200);
            browser.until(Duration.ofSeconds(30), d -> "ASSIGNED".equals(
                    browser.find(By.id("order-state")).getAttribute("data-state")));
            browser.until(Duration.ofSeconds(30), d -> browser.find(By.id("order-history")).getText()
                    .contains("Accepted by " + WORKSHOP));
            assertThat(js.executeScript("return window.__stillTheSamePage === true;")).isEqualTo(true);
            assertThat(browser.all(By.xpath("//button[contains(., 'Refresh') or contains(., 'Actualiser')]"))).isEmpty();

            // and it goes on following it once assigned: the job starts
            assertThat(http.post("/api/jobs/" + jobId + "/start", null, staff).status()).isEqualTo(200);
            browser.until(Duration.ofSeconds(30), d -> "IN_PROGRESS".equals(
                    browser.find(By.id("order-state")).getAttribute("data-state")));
            assertThat(js.executeScript("return window.__stillTheSamePage === true;")).isEqualTo(true);
            browser.checkPage("followed-en");
        }
    }

    @Test
    void aCompanyOnlyServiceTellsAResidentBeforeAnyForm() {
        try (Browser resident = new Browser(system.gatewayUrl(), "words-company-only", Browser.PHONE_WIDTH)) {
            resident.signIn(Demo.RESIDENT, Demo.PASSWORD);
            resident.open("/services/" + COMPANY_ONLY_SERVICE);
            assertThat(resident.find(By.id("company-only")).getText()).contains("réservé aux entreprises");
            assertThat(resident.all(By.id("order-form"))).isEmpty();
            assertThat(resident.all(By.cssSelector("#order-area input, #order-area select, #order-area textarea"))).isEmpty();
            resident.checkPage("company-only").fitsWidth();
        }
    }

    @Test
    void aRefusalFromTheServerReadsAsASentenceWithoutNullOrIds() {
        try (Browser resident = new Browser(system.gatewayUrl(), "words-refusal", Browser.DESKTOP_WIDTH)) {
            resident.signIn(Demo.RESIDENT, Demo.PASSWORD);
            resident.type(By.cssSelector("#commune-form input[name=commune]"), "Voiron");
            resident.click(By.cssSelector("#commune-form button[type=submit]"));
            resident.click(By.cssSelector("a[data-service='" + Demo.BIKE_SERVICE + "']"));
            resident.settled();
            resident.find(By.id("order-form"));
            resident.type(By.name("address.line1"), "12 rue de la République");
            // a postal code of Grenoble for an address in Voiron: only the server knows it is wrong
            resident.type(By.name("address.postalCode"), "38000");
            resident.click(By.id("confirm-order"));
            WebElement summary = resident.find(By.cssSelector("#order-form .form-summary p"));
            String text = resident.find(By.cssSelector("#order-form .form-summary")).getText();
            assertThat(summary.getText()).contains("38000", "Voiron");
            assertThat(text).doesNotContain("null").doesNotContain("38563").doesNotContain(" / ");
            assertThat(resident.route()).isEqualTo("/services/" + Demo.BIKE_SERVICE);
            resident.checkPage("refusal");
        }
    }

    /** A bike repair in Voiron in five days, placed through the API once the catalog knows a member there. */
    private String placeBikeRepair(Map<String, String> resident) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() ->
                http.get("/api/catalog/services/" + Demo.BIKE_SERVICE + "?commune=" + Demo.VOIRON).json()
                        .path("availableInCommune").asBoolean());
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(6);
        String body = """
                {"serviceId":"%s","quantity":1,"communeInsee":"%s",
                 "address":{"line1":"3 rue des Mots","postalCode":"38500"},
                 "slot":{"date":"%s","from":"14:00","to":"15:00"},"billing":"PERSONAL"}"""
                .formatted(Demo.BIKE_SERVICE, Demo.VOIRON, day);
        Map<String, String> placing = new HashMap<>(resident);
        placing.put("Idempotency-Key", UUID.randomUUID().toString());
        Http.Reply placed = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2))
                .until(() -> http.post("/api/orders", body, placing), reply -> reply.status() == 201);
        return placed.json().path("id").asString();
    }
}
