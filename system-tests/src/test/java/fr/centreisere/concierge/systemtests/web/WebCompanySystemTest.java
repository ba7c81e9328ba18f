package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.Http;
import fr.centreisere.concierge.systemtests.SignIn;
import fr.centreisere.concierge.systemtests.SystemTest;

/**
 * Employees and their company in browsers: a new employee of Alpes Numérique signs up and asks to join;
 * the company admin approves; the employee orders under the contract; the admin finds the order in the
 * monthly statement.
 */
@SystemTest
class WebCompanySystemTest {

    private final ConciergeSystem system;
    private final Http http;

    WebCompanySystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void anEmployeeOrdersUnderTheContractAndTheCompanyAdminFindsItInTheStatement() {
        String email = "camille." + UUID.randomUUID().toString().substring(0, 8) + "@alpes-numerique.fr";
        String password = "velo-et-bureau-2026";
        String orderId;
        String orderNumber;
        try (Browser employee = new Browser(system.gatewayUrl(), "company-1-employee-joins", Browser.PHONE_WIDTH)) {
            employee.open("/inscription");
            employee.type(By.name("displayName"), "Camille Durand");
            employee.type(By.name("email"), email);
            employee.type(By.name("password"), password);
            employee.select(By.name("communeInsee"), Demo.VOIRON);
            employee.click(By.cssSelector("#signup-form button[type=submit]"));
            employee.signedIn("sign-up of " + email + " (POST /api/auth/register, then /login)");
            employee.open("/entreprise");
            employee.settled();
            assertThat(employee.find(By.cssSelector("main")).getText())
                    .as("the company matching the e-mail domain (GET /api/companies/mine)").contains("Alpes Numérique");
            employee.click(By.id("join-company"));
            employee.until(d -> employee.find(By.id("company-status")).getText().contains("En attente"));
            employee.checkPage("join-pending").fitsWidth();
        }

        try (Browser admin = new Browser(system.gatewayUrl(), "company-2-admin-approves", Browser.DESKTOP_WIDTH)) {
            admin.signIn(Demo.COMPANY_ADMIN, Demo.PASSWORD);
            assertThat(admin.route()).isEqualTo("/entreprise/admin");
            WebElement row = admin.find(By.xpath("//table[@id='employees']//tr[td[normalize-space(.)='" + email + "']]"));
            row.findElement(By.tagName("button")).click();
            admin.until(d -> d.findElement(By.xpath("//table[@id='employees']//tr[td[normalize-space(.)='" + email + "']]")).getText()
                    .contains("Salarié·e validé·e"));
            admin.checkPage("employee-approved");
        }

        String serviceId = serviceUnderContract(email, password);
        try (Browser employee = new Browser(system.gatewayUrl(), "company-3-employee-orders", Browser.PHONE_WIDTH)) {
            employee.signIn(email, password);
            employee.type(By.cssSelector("#commune-form input[name=commune]"), "Voiron");
            employee.click(By.cssSelector("#commune-form button[type=submit]"));
            employee.find(By.id("services-heading"));
            employee.open("/entreprise");
            assertThat(employee.find(By.id("company-status")).getText()).contains("validé");
            assertThat(employee.find(By.id("cap-left")).getText()).contains("€");
            employee.checkPage("company-approved").fitsWidth();

            employee.open("/services/" + serviceId);
            WebElement company = employee.find(By.cssSelector("#order-form input[name=billingChoice][value=COMPANY]"));
            assertThat(company.isSelected()).isTrue();
            assertThat(employee.find(By.id("price-summary")).getText()).contains("Part payée par l'employeur", "Reste à votre charge");
            employee.type(By.name("address.line1"), "3 avenue des Alpes");
            employee.checkPage("order-under-contract").fitsWidth();
            employee.click(By.id("confirm-order"));
            employee.until(d -> employee.route().startsWith("/commandes/"));
            employee.settled();
            orderId = employee.route().substring("/commandes/".length());
            orderNumber = employee.find(By.cssSelector("main h1")).getText().replace("Commande ", "").trim();
            assertThat(employee.find(By.cssSelector("main")).getText()).contains("Employeur", "Part payée par l'employeur");
            employee.checkPage("order-placed-under-contract").fitsWidth();
        }

        // a statement lists the completed orders of the month: the workshop's staff does the job
        completeAsTheWorkshopsStaff(orderId, email, password);
        String month = YearMonth.now(ZoneId.of("Europe/Paris")).toString();
        try (Browser admin = new Browser(system.gatewayUrl(), "company-4-admin-statement", Browser.DESKTOP_WIDTH)) {
            admin.signIn(Demo.COMPANY_ADMIN, Demo.PASSWORD);
            admin.open("/entreprise/admin?mois=" + month);
            WebElement lines = admin.find(By.id("statement-lines"));
            assertThat(lines.getText()).contains(orderNumber);
            assertThat(admin.find(By.cssSelector("figure.chart svg[role=img]")).getAttribute("aria-label")).contains("€");
            assertThat(admin.find(By.id("download-csv")).isEnabled()).isTrue();
            // what the download button fetches: the same statement as CSV
            String companyId = http.get("/api/auth/me", Map.of("Authorization", "Bearer " + token(Demo.COMPANY_ADMIN, Demo.PASSWORD)))
                    .json().path("companyId").asString();
            Http.Reply csv = http.get("/api/companies/" + companyId + "/statements/" + month,
                    Map.of("Authorization", "Bearer " + token(Demo.COMPANY_ADMIN, Demo.PASSWORD), "Accept", "text/csv"));
            assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.body()).contains(orderNumber);
            admin.checkPage("statement-desktop");
            admin.resize(Browser.PHONE_WIDTH).open("/entreprise/admin?mois=" + month);
            admin.find(By.id("statement-lines"));
            admin.checkPage("statement-phone").fitsWidth();
        }
    }

    /**
     * The bike repair: a category the demo contract covers, and in Voiron only the demo member staff's
     * workshop does it, so that staff can carry the order out.
     */
    private String serviceUnderContract(String email, String password) {
        String token = token(email, password);
        JsonNode contract = http.get("/api/companies/mine", Map.of("Authorization", "Bearer " + token)).json().path("contract");
        assertThat(contract.path("includedCategories").valueStream().map(JsonNode::asString)).contains("SMALL_REPAIRS");
        JsonNode repair = http.get("/api/catalog/services/svc-reparation-velo?commune=" + Demo.VOIRON).json();
        assertThat(repair.path("availableInCommune").asBoolean()).as(repair.toString()).isTrue();
        return "svc-reparation-velo";
    }

    private void completeAsTheWorkshopsStaff(String orderId, String email, String password) {
        Map<String, String> staff = SignIn.as(http, "member-staff@demo.test");
        Map<String, String> employee = Map.of("Authorization", "Bearer " + token(email, password));
        String jobId = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get("/api/orders/" + orderId, employee).json().path("jobId").asString(""),
                        id -> !id.isEmpty());
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get("/api/jobs/" + jobId, staff), reply -> reply.status() == 200
                        && "OFFERED".equals(reply.json().path("state").asString()));
        assertThat(http.post("/api/jobs/" + jobId + "/accept", null, staff).status()).isEqualTo(200);
        assertThat(http.post("/api/jobs/" + jobId + "/start", null, staff).status()).isEqualTo(200);
        assertThat(http.post("/api/jobs/" + jobId + "/complete", Map.of("hoursWorked", 1, "insertionHours", 1), staff).status())
                .isEqualTo(200);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(http.get("/api/orders/" + orderId, employee).json().path("state").asString()).isEqualTo("COMPLETED"));
    }

    private String token(String email, String password) {
        Http.Reply login = http.post("/api/auth/login", Map.of("email", email, "password", password), Map.of());
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.json().path("accessToken").asString();
    }
}
