package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.SystemTest;

/** The public pages in a real browser: a phone and a desktop, the keyboard alone, French then English, axe-core. */
@SystemTest
class WebPagesSystemTest {

    private final ConciergeSystem system;

    WebPagesSystemTest(ConciergeSystem system) {
        this.system = system;
    }

    @Test
    void aVisitorPicksACommuneByPostalCodeAndBrowsesItsServicesOnAPhone() {
        try (Browser browser = new Browser(system.gatewayUrl(), "visitor-browses-360", Browser.PHONE_WIDTH)) {
            browser.open("/");
            assertThat(browser.heading()).isEqualTo("Les services de votre commune");
            browser.checkPage("home").fitsWidth();

            browser.type(By.cssSelector("#commune-form input[name=commune]"), "38500");
            browser.click(By.cssSelector("#commune-form button[type=submit]"));
            // several communes share 38500: the visitor picks Voiron among them
            browser.click(By.xpath("//div[contains(@class,'choices')]//button[starts-with(normalize-space(.), 'Voiron')]"));
            browser.find(By.cssSelector("#commune-heading"));
            assertThat(browser.find(By.id("commune-heading")).getText()).contains("Voiron");
            WebElement bike = browser.find(By.cssSelector("a[data-service='" + Demo.BIKE_SERVICE + "']"));
            assertThat(browser.find(By.cssSelector(".results .count")).getText()).contains("Voiron");
            browser.checkPage("services-in-voiron").fitsWidth();

            bike.click();
            browser.settled();
            assertThat(browser.route()).isEqualTo("/services/" + Demo.BIKE_SERVICE);
            assertThat(browser.find(By.cssSelector("main .facts")).getText()).contains("€");
            assertThat(browser.find(By.cssSelector("a.button[href^='#/connexion']")).getText()).isEqualTo("Connectez-vous pour commander");
            browser.checkPage("service-signed-out").fitsWidth();
        }
    }

    @Test
    void theDirectoryShowsWhoTheMembersAreAndWhereTheyWork() {
        try (Browser browser = new Browser(system.gatewayUrl(), "directory", Browser.DESKTOP_WIDTH)) {
            browser.open("/annuaire");
            WebElement workshop = browser.find(By.cssSelector("li[data-member='mbr-atelier-velo-voironnais']"));
            assertThat(workshop.getText()).contains("Atelier Vélo Voironnais", "Voiron");
            browser.checkPage("directory-desktop");
            browser.resize(Browser.PHONE_WIDTH).open("/annuaire");
            browser.checkPage("directory-phone").fitsWidth();
        }
    }

    @Test
    void theKeyboardAloneReachesTheContentAndSwitchesToEnglish() {
        try (Browser browser = new Browser(system.gatewayUrl(), "keyboard-and-english", Browser.PHONE_WIDTH)) {
            browser.open("/");
            WebElement body = browser.find(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            WebElement skip = browser.driver().switchTo().activeElement();
            assertThat(skip.getAttribute("id")).isEqualTo("skip-link");
            assertThat(skip.getText()).isEqualTo("Aller au contenu");

            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB); // the brand
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB); // the language switch
            WebElement switcher = browser.driver().switchTo().activeElement();
            assertThat(switcher.getAttribute("id")).isEqualTo("lang-switch");
            switcher.sendKeys(Keys.ENTER);
            browser.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            browser.settled();
            assertThat(browser.heading()).isEqualTo("Services in your commune");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("lang-switch");
            browser.checkPage("home-english");

            // the menu opens from the keyboard and leads to the sign-in page, whose heading takes the focus
            browser.find(By.id("menu-toggle")).sendKeys(Keys.ENTER);
            browser.find(By.cssSelector("#site-nav a[href='#/annuaire']")).sendKeys(Keys.ENTER);
            browser.until(d -> browser.route().equals("/annuaire"));
            browser.settled();
            assertThat(browser.driver().switchTo().activeElement().getTagName()).isEqualTo("h1");
            browser.find(By.id("lang-switch")).sendKeys(Keys.ENTER);
            browser.until(d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
    }

    @Test
    void signInAndSignUpShowTheirErrorsNextToTheFields() {
        try (Browser browser = new Browser(system.gatewayUrl(), "sign-in-errors", Browser.PHONE_WIDTH)) {
            browser.open("/inscription");
            browser.type(By.name("displayName"), "Camille");
            browser.type(By.name("email"), "pas-une-adresse");
            browser.type(By.name("password"), "court");
            browser.click(By.cssSelector("#signup-form button[type=submit]"));
            WebElement password = browser.find(By.name("password"));
            assertThat(password.getAttribute("aria-invalid")).isEqualTo("true");
            String describedBy = password.getAttribute("aria-describedby");
            assertThat(describedBy).contains("-error");
            String errorId = describedBy.substring(describedBy.lastIndexOf(' ') + 1);
            assertThat(browser.find(By.id(errorId)).getText()).contains("10 caractères");
            assertThat(browser.find(By.name("email")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.checkPage("sign-up-errors").fitsWidth();

            browser.open("/connexion");
            browser.type(By.name("email"), Demo.RESIDENT);
            browser.type(By.name("password"), "not-the-password");
            browser.click(By.cssSelector("#signin-form button[type=submit]"));
            assertThat(browser.find(By.cssSelector("#signin-form .form-summary")).getText()).contains("incorrect");
            browser.checkPage("sign-in-refused");
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return sessionStorage.length")).isEqualTo(0L);
        }
    }
}
