package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import fr.centreisere.concierge.mailserver.ReadMail;
import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.Mailbox;
import fr.centreisere.concierge.systemtests.SystemTest;

/**
 * Issue 13 end to end, with the local mail server read over IMAP as people read their mail: a resident
 * orders in a browser → the member's staff receives the offer by mail (the commune, never the
 * resident's address) and its link opens the offer in the app → the staff accepts there → the resident
 * receives the acceptance by mail, and sees it in the in-app list with the unread count in the header.
 * Each mail comes once.
 */
@SystemTest
class WebNotificationsSystemTest {

    private static final Duration MAIL = Duration.ofSeconds(90);
    private static final String STREET = "7 rue des Notifications";

    private final ConciergeSystem system;

    WebNotificationsSystemTest(ConciergeSystem system) {
        this.system = system;
    }

    @Test
    void theOfferMailOpensTheOfferAndTheAcceptanceReachesTheResidentByMailAndInTheApp() {
        String orderId;
        String orderNumber;
        try (Browser resident = new Browser(system.gatewayUrl(), "notifications-1-resident-orders", Browser.PHONE_WIDTH)) {
            resident.signIn(Demo.RESIDENT, Demo.PASSWORD);
            resident.type(By.cssSelector("#commune-form input[name=commune]"), "Voiron");
            resident.click(By.cssSelector("#commune-form button[type=submit]"));
            resident.click(By.cssSelector("a[data-service='" + Demo.BIKE_SERVICE + "']"));
            resident.settled();
            resident.type(By.name("address.line1"), STREET);
            resident.click(By.id("confirm-order"));
            resident.until(d -> resident.route().startsWith("/commandes/"));
            resident.settled();
            orderId = resident.route().substring("/commandes/".length());
            orderNumber = resident.find(By.cssSelector("main h1")).getText().replace("Commande ", "").trim();
        }
        String jobId = "job-" + orderId;

        // the member's staff: the offer by mail, in French, with the commune and a link to the offer
        Mailbox staffMails = Mailbox.of(system, Demo.MEMBER_STAFF);
        // earlier tests' offers are in the same mailbox: this one is the mail linking to this job
        ReadMail offer = await().atMost(MAIL).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> offersOf(staffMails, jobId), mails -> !mails.isEmpty()).get(0);
        assertThat(offer.subject()).startsWith("Nouvelle mission proposée");
        String offerLink = offer.links().stream().filter(link -> link.endsWith("/#/missions/" + jobId)).findFirst().orElseThrow();
        assertThat(offerLink).startsWith(system.gatewayUrl());
        assertThat(offer.text()).contains("Voiron").doesNotContain(STREET);
        assertThat(offer.html()).contains("lang=\"fr\"").doesNotContain(STREET);

        try (Browser staff = new Browser(system.gatewayUrl(), "notifications-2-staff-opens-the-offer", Browser.PHONE_WIDTH)) {
            staff.signIn(Demo.MEMBER_STAFF, Demo.PASSWORD);
            staff.driver().get(offerLink);
            staff.settled();
            By thisJob = By.cssSelector("#this-job li[data-job='" + jobId + "']");
            assertThat(staff.find(thisJob).getAttribute("data-state")).isEqualTo("OFFERED");
            staff.checkPage("offer-from-mail").fitsWidth();
            staff.click(By.cssSelector("#this-job [data-action=accept]"));
            staff.until(d -> "ACCEPTED".equals(d.findElement(thisJob).getAttribute("data-state")));
            assertThat(staff.find(By.id("jobs-message")).getText()).isNotBlank();
            staff.checkPage("offer-accepted");
        }

        // the resident: the acceptance by mail, naming the workshop
        Mailbox residentMails = Mailbox.of(system, Demo.RESIDENT);
        ReadMail accepted = residentMails.await("Commande " + orderNumber + " acceptée", MAIL);
        assertThat(accepted.text()).contains("Atelier Vélo Voironnais");
        assertThat(accepted.links()).anyMatch(link -> link.endsWith("/#/commandes/" + orderId));
        assertThat(residentMails.withSubject("Commande " + orderNumber + " reçue")).hasSize(1);

        // … and in the app: the header's bell counts it, the list shows it, reading it clears the count
        try (Browser resident = new Browser(system.gatewayUrl(), "notifications-3-resident-reads", Browser.PHONE_WIDTH)) {
            resident.signIn(Demo.RESIDENT, Demo.PASSWORD);
            resident.until(d -> {
                String unread = d.findElement(By.cssSelector("#bell .bell-count")).getAttribute("data-unread");
                return unread != null && !unread.isEmpty() && Integer.parseInt(unread) >= 2;
            });
            resident.click(By.id("bell"));
            resident.until(d -> resident.route().equals("/notifications"));
            resident.settled();
            String list = resident.find(By.cssSelector("ul.notification-list")).getText();
            assertThat(list).contains("Commande " + orderNumber + " acceptée", "Atelier Vélo Voironnais");
            assertThat(resident.all(By.cssSelector("li.notification.unread[data-kind=ORDER_ACCEPTED]"))).isNotEmpty();
            resident.checkPage("notifications-list").fitsWidth();
            resident.click(By.id("read-all"));
            resident.until(d -> d.findElements(By.cssSelector("li.notification.unread")).isEmpty());
            resident.until(d -> "0".equals(d.findElement(By.cssSelector("#bell .bell-count")).getAttribute("data-unread")));
        }

        // once each, even though every part resends until acknowledged
        assertThat(offersOf(staffMails, jobId)).hasSize(1);
        assertThat(residentMails.withSubject("Commande " + orderNumber + " acceptée")).hasSize(1);
    }

    private static List<ReadMail> offersOf(Mailbox mailbox, String jobId) {
        return mailbox.withSubject("Nouvelle mission proposée").stream()
                .filter(mail -> mail.links().stream().anyMatch(link -> link.endsWith("/#/missions/" + jobId))).toList();
    }
}
