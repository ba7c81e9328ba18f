package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.SystemTest;

/**
 * The main flow in browsers: a resident orders a bike repair in Voiron; the workshop's staff accepts,
 * starts and completes the job; the resident sees the order completed; the coordinator sees it on the
 * dashboard.
 */
@SystemTest
class WebOrderJourneySystemTest {

    private static final Duration DISPATCH = Duration.ofSeconds(90);

    private final ConciergeSystem system;

    WebOrderJourneySystemTest(ConciergeSystem system) {
        this.system = system;
    }

    @Test
    void aResidentsOrderIsDoneByAMemberAndShowsOnTheCoordinatorsDashboard() {
        String orderId;
        String orderNumber;
        try (Browser resident = new Browser(system.gatewayUrl(), "journey-1-resident-orders", Browser.PHONE_WIDTH)) {
            resident.signIn(Demo.RESIDENT, Demo.PASSWORD);
            resident.type(By.cssSelector("#commune-form input[name=commune]"), "Voiron");
            resident.click(By.cssSelector("#commune-form button[type=submit]"));
            resident.click(By.cssSelector("a[data-service='" + Demo.BIKE_SERVICE + "']"));
            resident.settled();
            resident.find(By.id("order-form"));
            assertThat(resident.find(By.id("price-summary")).getText()).contains("Total TTC", "€");
            resident.checkPage("order-form").fitsWidth();

            // the address is missing: the error is next to the field and the form says so
            resident.click(By.id("confirm-order"));
            WebElement line1 = resident.find(By.name("address.line1"));
            assertThat(line1.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(resident.find(By.id(line1.getAttribute("id") + "-error")).getText()).contains("obligatoire");
            resident.screenshot("order-form-error");

            line1.sendKeys("12 rue de la République");
            resident.type(By.name("notes"), "Vélo dans la cour, sonnette au nom de Martin.");
            resident.click(By.id("confirm-order"));
            resident.until(d -> resident.route().startsWith("/commandes/"));
            resident.settled();
            orderId = resident.route().substring("/commandes/".length());
            orderNumber = resident.find(By.cssSelector("main h1")).getText().replace("Commande ", "").trim();
            assertThat(resident.find(By.cssSelector("main .notice-success")).getText()).contains("enregistrée");
            assertThat(resident.find(By.id("order-history")).getText()).contains("Enregistrée");
            resident.checkPage("order-placed").fitsWidth();

            resident.open("/commandes");
            assertThat(resident.find(By.cssSelector("li[data-order='" + orderId + "']")).getText()).contains(orderNumber);
            resident.checkPage("my-orders").fitsWidth();
        }

        try (Browser staff = new Browser(system.gatewayUrl(), "journey-2-member-staff", Browser.DESKTOP_WIDTH)) {
            staff.signIn(Demo.MEMBER_STAFF, Demo.PASSWORD);
            assertThat(staff.route()).isEqualTo("/missions");
            By job = By.cssSelector("li[data-order='" + orderId + "']");
            staff.until(DISPATCH, d -> {
                staff.click(By.cssSelector("[data-tab=OFFERED]"));
                staff.settled();
                return !staff.all(job).isEmpty();
            });
            staff.checkPage("inbox-offered");

            staff.click(By.cssSelector("li[data-order='" + orderId + "'] a[href^='#/missions/']"));
            staff.settled();
            assertThat(staff.find(By.cssSelector("table.candidates")).getText()).contains("Atelier Vélo Voironnais");
            staff.checkPage("why-this-job");
            staff.driver().navigate().back();
            staff.settled();

            staff.click(By.cssSelector("li[data-order='" + orderId + "'] [data-action=accept]"));
            staff.find(By.cssSelector("[data-tab=ACCEPTED][aria-pressed=true]"));
            staff.click(By.cssSelector("li[data-order='" + orderId + "'] [data-action=start]"));
            staff.find(By.cssSelector("[data-tab=IN_PROGRESS][aria-pressed=true]"));
            String form = "li[data-order='" + orderId + "'] form[data-form=complete]";
            staff.type(By.cssSelector(form + " [name=hoursWorked]"), "2");
            staff.type(By.cssSelector(form + " [name=insertionHours]"), "1.5");
            staff.checkPage("complete-form");
            staff.click(By.cssSelector(form + " button[type=submit]"));
            staff.find(By.cssSelector("[data-tab=DONE][aria-pressed=true]"));
            assertThat(staff.find(job).getText()).contains("Terminée");
            staff.checkPage("inbox-done");
        }

        try (Browser resident = new Browser(system.gatewayUrl(), "journey-3-resident-sees-it-done", Browser.PHONE_WIDTH)) {
            resident.signIn(Demo.RESIDENT, Demo.PASSWORD);
            resident.until(DISPATCH, d -> {
                resident.open("/commandes/" + orderId);
                return "COMPLETED".equals(resident.find(By.id("order-state")).getAttribute("data-state"));
            });
            assertThat(resident.find(By.id("order-history")).getText()).contains("Enregistrée", "Réalisée");
            assertThat(resident.all(By.id("cancel-form"))).isEmpty();
            resident.checkPage("order-completed").fitsWidth();
        }

        try (Browser coordinator = new Browser(system.gatewayUrl(), "journey-4-coordinator-dashboard", Browser.DESKTOP_WIDTH)) {
            coordinator.signIn(Demo.COORDINATOR, Demo.PASSWORD);
            assertThat(coordinator.route()).isEqualTo("/coordination");
            // the dashboard counts a period of slot days (the current month by default); the order's slot may
            // fall next month near a month's end, so ask for the coming weeks
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
            coordinator.open("/coordination?from=" + today + "&to=" + today.plusDays(90));
            assertThat(coordinator.find(By.id("recent-orders")).getText()).contains(orderNumber);
            assertThat(coordinator.find(By.cssSelector("figure.chart")).getText()).contains("Commandes par état");
            assertThat(coordinator.find(By.id("kpi-commission")).getText()).contains("€");
            coordinator.checkPage("dashboard-desktop");
            coordinator.resize(Browser.PHONE_WIDTH).open("/coordination");
            coordinator.checkPage("dashboard-phone").fitsWidth();
            coordinator.open("/coordination/reattribuer");
            coordinator.checkPage("reassign");
            coordinator.open("/coordination/structures");
            coordinator.checkPage("members");
            coordinator.open("/coordination/catalogue");
            coordinator.checkPage("catalog");
        }
    }

    @Test
    void aResidentCancelsAnOrderBeforeItStartsAndSeesWhy() {
        try (Browser resident = new Browser(system.gatewayUrl(), "resident-cancels", Browser.DESKTOP_WIDTH)) {
            resident.signIn(Demo.RESIDENT, Demo.PASSWORD);
            resident.type(By.cssSelector("#commune-form input[name=commune]"), "Voiron");
            resident.click(By.cssSelector("#commune-form button[type=submit]"));
            resident.click(By.cssSelector("a[data-service='svc-lavage-vehicule-sans-eau']"));
            resident.settled();
            resident.type(By.name("address.line1"), "4 place du Marché");
            resident.click(By.id("confirm-order"));
            resident.until(d -> resident.route().startsWith("/commandes/"));
            resident.settled();

            resident.type(By.cssSelector("#cancel-form [name=reason]"), "Je serai absent ce jour-là.");
            resident.click(By.cssSelector("#cancel-form button[type=submit]"));
            resident.until(d -> "CANCELLED".equals(d.findElement(By.id("order-state")).getAttribute("data-state")));
            assertThat(resident.find(By.cssSelector("main .notice-success")).getText()).contains("annulée");
            assertThat(resident.find(By.id("order-history")).getText()).contains("Annulée", "Je serai absent ce jour-là.");
            assertThat(resident.all(By.id("cancel-form"))).isEmpty();
            resident.checkPage("order-cancelled");
        }
    }
}
