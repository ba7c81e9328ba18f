package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.Http;
import fr.centreisere.concierge.systemtests.SystemTest;

/**
 * One's own account in browsers (issue 13), whether or not notification-service runs: the header's
 * bell never breaks a page (hidden when nobody answers it), the profile changes the name, phone and
 * password and asks the verification link again, the forgotten-password page answers the same for
 * any address, and bad reset or verification links say what to do. The mails themselves are the
 * end-to-end test's (with notification-service and the mail server).
 */
@SystemTest
class WebAccountSystemTest {

    private final ConciergeSystem system;
    private final Http http;

    WebAccountSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void aNewResidentKeepsTheirProfileOnAPhone() {
        String email = "profil." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        String password = "un-velo-pour-voiron-2026";
        String newPassword = "un-autre-velo-pour-voiron";
        try (Browser browser = new Browser(system.gatewayUrl(), "account-profile", Browser.PHONE_WIDTH)) {
            browser.open("/inscription");
            browser.type(By.name("displayName"), "Inès Profil");
            browser.type(By.name("email"), email);
            browser.type(By.name("password"), password);
            browser.click(By.cssSelector("#signup-form button[type=submit]"));
            browser.signedIn("sign-up of " + email);
            bellIsHarmless(browser);

            browser.click(By.id("profile-link"));
            browser.settled();
            assertThat(browser.route()).isEqualTo("/profil");
            assertThat(browser.find(By.cssSelector("#profile-form input[name=displayName]")).getAttribute("value")).isEqualTo("Inès Profil");
            assertThat(browser.find(By.id("email-status")).getText()).isEqualTo("non vérifiée");
            // notification-service's part: its form, or a notice that it cannot be loaded; never a broken page
            browser.until(d -> !d.findElements(By.id("preferences-form")).isEmpty()
                    || d.findElement(By.cssSelector("section[aria-labelledby=profile-preferences]")).getText().contains("ne peuvent pas être chargées"));
            browser.checkPage("profile").fitsWidth();

            browser.type(By.cssSelector("#profile-form input[name=displayName]"), "Inès Nouveau-Nom");
            browser.type(By.cssSelector("#profile-form input[name=phone]"), "04 76 00 00 00");
            browser.click(By.cssSelector("#profile-form button[type=submit]"));
            browser.until(d -> d.findElement(By.cssSelector("section[aria-labelledby=profile-account]")).getText()
                    .contains("Modifications enregistrées."));
            Http.Reply me = http.get("/api/auth/me", bearer(email, password));
            assertThat(me.json().path("displayName").asString()).isEqualTo("Inès Nouveau-Nom");
            assertThat(me.json().path("phone").asString()).isEqualTo("04 76 00 00 00");
            assertThat(me.json().path("emailVerified").asBoolean()).isFalse();

            browser.click(By.id("resend-verification"));
            browser.until(d -> d.findElement(By.cssSelector("section[aria-labelledby=profile-account]")).getText()
                    .contains("Un nouveau lien a été envoyé à " + email));

            browser.type(By.cssSelector("#password-form input[name=currentPassword]"), "pas-le-bon-mot-de-passe");
            browser.type(By.cssSelector("#password-form input[name=newPassword]"), newPassword);
            browser.click(By.cssSelector("#password-form button[type=submit]"));
            WebElement current = browser.find(By.cssSelector("#password-form input[name=currentPassword]"));
            browser.until(d -> "true".equals(current.getAttribute("aria-invalid")));
            assertThat(browser.find(By.cssSelector("#password-form .field-error")).getText()).contains("mot de passe actuel incorrect");
            browser.checkPage("profile-wrong-current-password").fitsWidth();

            // switched to English, the same refusal comes from the API in English alone (Accept-Language)
            browser.click(By.id("lang-switch"));
            browser.type(By.cssSelector("#password-form input[name=currentPassword]"), "pas-le-bon-mot-de-passe");
            browser.type(By.cssSelector("#password-form input[name=newPassword]"), newPassword);
            browser.click(By.cssSelector("#password-form button[type=submit]"));
            browser.until(d -> d.findElements(By.cssSelector("#password-form .field-error")).stream()
                    .anyMatch(error -> error.getText().contains("wrong current password")));
            assertThat(browser.find(By.cssSelector("#password-form .field-error")).getText())
                    .doesNotContain("incorrect").doesNotContain(" / ");
            browser.click(By.id("lang-switch"));

            browser.type(By.cssSelector("#password-form input[name=currentPassword]"), password);
            browser.type(By.cssSelector("#password-form input[name=newPassword]"), newPassword);
            browser.click(By.cssSelector("#password-form button[type=submit]"));
            browser.until(d -> d.findElement(By.cssSelector("section[aria-labelledby=profile-password]")).getText()
                    .contains("Votre mot de passe est changé."));

            browser.signOut();
            browser.signIn(email, newPassword);
            bellIsHarmless(browser);
        }
    }

    @Test
    void aForgottenPasswordAndBadLinksSayWhatToDo() {
        try (Browser browser = new Browser(system.gatewayUrl(), "account-forgotten-password", Browser.DESKTOP_WIDTH)) {
            browser.open("/connexion");
            browser.click(By.id("forgot-link"));
            browser.settled();
            assertThat(browser.route()).isEqualTo("/mot-de-passe-oublie");
            String nobody = "personne." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
            browser.type(By.cssSelector("#forgot-form input[name=email]"), nobody);
            browser.click(By.cssSelector("#forgot-form button[type=submit]"));
            assertThat(browser.find(By.cssSelector(".forgot-done .notice-success")).getText())
                    .contains("Si un compte existe pour " + nobody, "1 heure");
            browser.checkPage("forgot-password-sent");

            browser.open("/mot-de-passe/nouveau?jeton=un-jeton-qui-n-existe-pas");
            // the token leaves the address bar at once
            assertThat(browser.route()).isEqualTo("/mot-de-passe/nouveau");
            browser.type(By.cssSelector("#reset-form input[name=password]"), "un-tout-nouveau-mot-de-passe");
            browser.type(By.cssSelector("#reset-form input[name=confirm]"), "un-autre-mot-de-passe");
            browser.click(By.cssSelector("#reset-form button[type=submit]"));
            assertThat(browser.find(By.cssSelector("#reset-form .field-error")).getText()).contains("pas identiques");
            browser.type(By.cssSelector("#reset-form input[name=confirm]"), "un-tout-nouveau-mot-de-passe");
            browser.click(By.cssSelector("#reset-form button[type=submit]"));
            assertThat(browser.find(By.cssSelector("main .notice-error")).getText()).contains("inconnu, déjà utilisé ou expiré");
            assertThat(browser.find(By.cssSelector("main .notice-error a")).getAttribute("href")).endsWith("#/mot-de-passe-oublie");
            browser.checkPage("reset-link-invalid");

            browser.open("/verifier-email?jeton=un-jeton-qui-n-existe-pas");
            browser.until(d -> !d.findElements(By.cssSelector("main .notice-error")).isEmpty());
            assertThat(browser.find(By.cssSelector("main .notice-error")).getText()).contains("inconnu, déjà utilisé ou expiré");
            assertThat(browser.route()).isEqualTo("/verifier-email");
            browser.checkPage("verification-link-invalid");

            browser.click(By.id("lang-switch"));
            browser.open("/mot-de-passe-oublie");
            assertThat(browser.heading()).isEqualTo("Forgotten password");
            browser.checkPage("forgot-password-english");
            browser.click(By.id("lang-switch"));
        }
    }

    @Test
    void theNotificationsPageNeverBreaksEvenWithoutNotificationService() {
        try (Browser browser = new Browser(system.gatewayUrl(), "account-notifications", Browser.PHONE_WIDTH)) {
            browser.signIn(Demo.RESIDENT, Demo.PASSWORD);
            bellIsHarmless(browser);
            browser.open("/notifications");
            assertThat(browser.heading()).isEqualTo("Notifications");
            // the list, none yet, or a notice that it cannot be loaded with « Réessayer »
            browser.until(d -> !d.findElements(By.cssSelector("main .notification-list, main .notice")).isEmpty());
            browser.checkPage("notifications").fitsWidth();
            // the other screens still work
            browser.open("/commandes");
            assertThat(browser.heading()).isEqualTo("Mes commandes");
        }
    }

    /** The bell is hidden (nobody answers it) or shows a count with a name that says it; never an error in the header. */
    private static void bellIsHarmless(Browser browser) {
        List<WebElement> bell = browser.all(By.id("bell"));
        assertThat(bell).as("the bell is in the header of a signed-in user").hasSize(1);
        if (bell.get(0).isDisplayed()) {
            assertThat(bell.get(0).getAccessibleName()).startsWith("Notifications");
            assertThat(bell.get(0).findElement(By.className("bell-count")).getText()).matches("\\d+|99\\+");
        }
        assertThat(browser.find(By.id("account")).getText()).doesNotContain("HTTP", "erreur");
    }

    private Map<String, String> bearer(String email, String password) {
        Http.Reply login = http.post("/api/auth/login", Map.of("email", email, "password", password), Map.of());
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return Map.of("Authorization", "Bearer " + login.json().path("accessToken").asString());
    }
}
