package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.SystemTest;

/** Coordinators manage the catalog and the members in the browser; member staff keep their capabilities. */
@SystemTest
class WebCoordinationSystemTest {

    private static final String SERVICE = "svc-visite-eco-gestes";

    private final ConciergeSystem system;

    WebCoordinationSystemTest(ConciergeSystem system) {
        this.system = system;
    }

    @Test
    void aCoordinatorRewritesAServiceAndEveryoneSeesTheNewText() {
        String description = "Une visite d'une heure pour repérer les économies d'énergie faciles, avec un conseiller du pôle.";
        try (Browser coordinator = new Browser(system.gatewayUrl(), "coordinator-edits-catalog", Browser.DESKTOP_WIDTH)) {
            coordinator.signIn(Demo.COORDINATOR, Demo.PASSWORD);
            coordinator.open("/coordination/catalogue");
            coordinator.click(By.cssSelector("tr[data-service='" + SERVICE + "'] button"));
            coordinator.type(By.cssSelector("#service-form [name='description.fr']"), description);
            coordinator.checkPage("service-form");
            coordinator.click(By.cssSelector("#service-form button[type=submit]"));
            assertThat(coordinator.find(By.cssSelector("main .notice-success")).getText()).contains("Service enregistré");

            coordinator.open("/coordination/structures");
            coordinator.click(By.cssSelector("tr[data-member='mbr-atelier-velo-voironnais'] button"));
            assertThat(coordinator.find(By.cssSelector("#member-form [name=name]")).getAttribute("value")).contains("Atelier Vélo");
            coordinator.checkPage("member-form");
            coordinator.click(By.cssSelector("#member-form button[type=submit]"));
            assertThat(coordinator.find(By.cssSelector("main .notice-success")).getText()).contains("Structure enregistrée");
        }
        try (Browser visitor = new Browser(system.gatewayUrl(), "visitor-sees-new-text", Browser.PHONE_WIDTH)) {
            visitor.open("/services/" + SERVICE);
            assertThat(visitor.find(By.cssSelector("main .lead")).getText()).isEqualTo(description);
        }
    }

    @Test
    void memberStaffSeeAndSaveTheirCapabilities() {
        try (Browser staff = new Browser(system.gatewayUrl(), "staff-capabilities", Browser.PHONE_WIDTH)) {
            staff.signIn(Demo.MEMBER_STAFF, Demo.PASSWORD);
            staff.open("/capacites");
            assertThat(staff.all(By.cssSelector("main form.capability"))).isNotEmpty();
            staff.checkPage("capabilities").fitsWidth();
            staff.click(By.cssSelector("main form.capability button[type=submit]"));
            assertThat(staff.find(By.cssSelector("main .notice-success")).getText()).contains("enregistrée");
        }
    }
}
