package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.Http;
import fr.centreisere.concierge.systemtests.SignIn;
import fr.centreisere.concierge.systemtests.SystemTest;
import tools.jackson.databind.JsonNode;

/**
 * Invoices from the screens, through the gateway: the demo's past months are closed at start, so the company
 * admin finds its invoice and downloads its Factur-X (a PDF carrying its XML, caught as the Blob the app
 * saves); the coordinator closes last month and sees what was issued.
 */
@SystemTest
class WebInvoicesSystemTest {

    private static final String COMPANY = "cmp-demo-alpes-numerique";

    private final ConciergeSystem system;
    private final Http http;

    WebInvoicesSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void theCompanyAdminDownloadsItsInvoiceAsAFacturX() {
        Map<String, String> admin = SignIn.as(http, Demo.COMPANY_ADMIN);
        // the demo closes its past months in the background once provider-service answers
        JsonNode invoices = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(3))
                .until(() -> http.get("/api/companies/" + COMPANY + "/invoices", admin).json(), json -> json.size() > 0);
        String number = invoices.get(0).path("number").asString();
        assertThat(number).matches("FA-\\d{4}-\\d{6}");

        try (Browser browser = new Browser(system.gatewayUrl(), "invoices-1-company-admin", Browser.PHONE_WIDTH)) {
            browser.signIn(Demo.COMPANY_ADMIN, Demo.PASSWORD);
            browser.open("/entreprise/factures");
            browser.until(d -> d.findElements(By.cssSelector("#invoices tr[data-number='" + number + "']")).size() == 1);
            catchDownloads(browser);
            browser.click(By.cssSelector("button[data-pdf='" + number + "']"));
            browser.until(d -> d.findElement(By.cssSelector("[aria-live]")).getText().contains(number + ".pdf"));

            byte[] pdf = downloaded(browser);
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                byte[] xml = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                        .get("factur-x.xml").getEmbeddedFile().toByteArray();
                assertThat(new String(xml, StandardCharsets.UTF_8)).contains("CrossIndustryInvoice", number,
                        "urn:cen.eu:en16931:2017");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            browser.checkPage("invoices-company-admin").fitsWidth();
        }
    }

    @Test
    void theCoordinatorClosesLastMonthAndSeesTheIssuedInvoices() {
        String lastMonth = YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(1).toString();
        try (Browser browser = new Browser(system.gatewayUrl(), "invoices-2-coordinator", Browser.DESKTOP_WIDTH)) {
            browser.signIn(Demo.COORDINATOR, Demo.PASSWORD);
            browser.open("/coordination/facturation");
            WebElement month = browser.find(By.cssSelector("#closing-form input[name=month]"));
            assertThat(month.getAttribute("value")).isEqualTo(lastMonth);
            browser.click(By.id("close-month"));
            String result = browser.until(Duration.ofSeconds(90), d -> {
                String text = d.findElement(By.id("closing-result")).getText();
                return text.contains(lastMonth) ? text : null;
            });
            // closed now, or already by the demo's start: either way its invoices are listed
            assertThat(result).containsAnyOf("clôturé", "déjà clôturé");
            List<WebElement> rows = browser.until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("#invoices tbody tr"));
                return found.isEmpty() ? null : found;
            });
            assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains(lastMonth).containsPattern("FA-\\d{4}-\\d{6}"));
            browser.checkPage("invoices-coordinator");
        }
    }

    /** Keeps every Blob the page turns into a download link, to read it back. */
    private static void catchDownloads(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "window.__downloads = [];"
                        + "const create = URL.createObjectURL.bind(URL);"
                        + "URL.createObjectURL = blob => { window.__downloads.push(blob); return create(blob); };");
    }

    private static byte[] downloaded(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.until(d -> Boolean.TRUE.equals(js.executeScript("return window.__downloads.length === 1;")));
        String data = (String) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const reader = new FileReader();"
                        + "reader.onload = () => done(reader.result.split(',')[1]);"
                        + "reader.readAsDataURL(window.__downloads[0]);");
        return Base64.getDecoder().decode(data);
    }
}
