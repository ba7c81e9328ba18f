package fr.centreisere.concierge.order.company;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.testsupport.MutableClock;
import fr.centreisere.concierge.order.orders.OrderFixtures;
import fr.centreisere.concierge.order.orders.Slot;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * Companies from end to end inside order-service: a coordinator registers a company, an employee asks to
 * join, the admin approves, the employee orders under the contract (to a company site; the cap splits an
 * order; a cancellation gives the share back), the order completes, and the statement lists it as JSON
 * and CSV — each step also tried by someone who may not. catalog- and provider-service are WireMock.
 */
@SpringBootTest(properties = "concierge.orders.outbox.jitter=0")
@AutoConfigureMockMvc
@EnableWireMock({
        @ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.clients.catalog-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url") })
class CompanyJourneyTest {

    static final String TOKEN = "test-internal-token-for-every-test";
    static final String COMPANY_ID = "cmp-alpes-numerique";

    static final String OFFER = """
            {"serviceId":"svc-reparation-velo","slug":"reparation-velo",
             "title":{"fr":"Réparation de vélo","en":"Bike repair"},"category":"SMALL_REPAIRS","priceModel":"PER_HOUR",
             "unitPriceCents":2500,"vatRatePercent":20,"minQuantity":1,"maxQuantity":4,"leadTimeHours":24,
             "audience":"ALL","active":true,"availableInCommune":true,"commissionRatePercent":8,
             "coverageAsOf":"2026-12-01T08:00:00Z","communePostalCodes":["38500"]}
            """;

    static final String COMPANY = """
            {"name":"Alpes Numérique","siret":"85236941000018","emailDomains":["Alpes-Numerique.fr"],
             "sites":[{"id":"voiron-siege","name":"Siège de Voiron",
                       "address":{"line1":"27 boulevard Edgar Kofler","line2":"Accueil","postalCode":"38500"},
                       "communeInsee":"38563"}],
             "contract":{"employerSharePercent":50,"monthlyCapCentsPerEmployee":8000,
                         "includedCategories":["SMALL_REPAIRS","DELIVERY"],"validFrom":"2026-01-01","validTo":"2026-12-31"}}
            """;

    static final String AT_SITE = """
            {"serviceId":"svc-reparation-velo","quantity":%d,"siteId":"voiron-siege",
             "slot":{"date":"2026-12-04","from":"14:00","to":"16:00"},"billing":"COMPANY"}
            """;

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(OrderFixtures.NOW, Slot.TERRITORY_ZONE);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    MongoTemplate mongo;

    @InjectWireMock("catalog")
    WireMockServer catalogService;

    @InjectWireMock("provider")
    WireMockServer providerService;

    @BeforeEach
    void freshWorld() {
        clock.set(OrderFixtures.NOW);
        for (String collection : List.of("orders", "companies", "company_employees", "company_allowances")) {
            mongo.remove(new Query(), collection);
        }
        catalogService.resetAll();
        providerService.resetAll();
        catalogService.stubFor(WireMock.get(urlPathEqualTo("/internal/services/svc-reparation-velo/offer"))
                .willReturn(okJson(OFFER)));
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));
        providerService.stubFor(WireMock.post(urlPathMatching("/internal/dispatches/.*/cancel")).willReturn(ok()));
    }

    @Test
    void onlyACoordinatorRegistersACompanyWithAValidSiret() throws Exception {
        mvc.perform(post("/api/companies").with(employee()).contentType(MediaType.APPLICATION_JSON).content(COMPANY))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/companies").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPANY.replace("85236941000018", "85236941000019")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("siret"));
        mvc.perform(post("/api/companies").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"siret\":\"123\",\"emailDomains\":[],\"contract\":{}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "siret",
                        "emailDomains", "contract.employerSharePercent", "contract.validFrom")));
        register();
        mvc.perform(post("/api/companies").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPANY.replace("85236941000018", "87412365900011")))
                .andExpect(status().isConflict());
    }

    @Test
    void aCoordinatorChangesTheContractSitesAndDomainsAndTheIdStays() throws Exception {
        register();
        String changed = COMPANY.replace("\"employerSharePercent\":50", "\"employerSharePercent\":60")
                .replace("8000", "12000")
                .replace("[\"Alpes-Numerique.fr\"]", "[\"alpes-numerique.fr\",\"alpesnum.fr\"]")
                .replace("\"communeInsee\":\"38563\"}]", "\"communeInsee\":\"38563\"},"
                        + "{\"name\":\"Agence de Saint-Marcellin\",\"address\":{\"line1\":\"2 rue du Maquis\",\"postalCode\":\"38160\"},"
                        + "\"communeInsee\":\"38416\"}]")
                .replace("\"validTo\":\"2026-12-31\"}}", "\"validTo\":\"2026-12-31\"},\"version\":0}");
        // only coordinators; the company's own admin neither
        for (RequestPostProcessor who : List.of(admin(), employee(), resident())) {
            mvc.perform(put("/api/companies/" + COMPANY_ID).with(who).contentType(MediaType.APPLICATION_JSON).content(changed))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/companies/" + COMPANY_ID).with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(COMPANY_ID))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.contract.employerSharePercent").value(60))
                .andExpect(jsonPath("$.contract.monthlyCapCentsPerEmployee").value(12000))
                .andExpect(jsonPath("$.emailDomains").value(org.hamcrest.Matchers.contains("alpes-numerique.fr", "alpesnum.fr")))
                .andExpect(jsonPath("$.sites[1].id").value("site-2"))
                .andExpect(jsonPath("$.sites[1].communeInsee").value("38416"));
        mvc.perform(get("/api/companies/" + COMPANY_ID).with(admin()))
                .andExpect(jsonPath("$.contract.employerSharePercent").value(60))
                .andExpect(jsonPath("$.sites.length()").value(2));
        // the version read is stale now: someone else's change is never overwritten
        mvc.perform(put("/api/companies/" + COMPANY_ID).with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/companies/cmp-inconnue").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isNotFound());
    }

    @Test
    void aChangeKeepsRegistrationsRules() throws Exception {
        register();
        mvc.perform(post("/api/companies").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPANY.replace("Alpes Numérique", "Autre Société").replace("85236941000018", "87412365900011")
                                .replace("Alpes-Numerique.fr", "autre.fr")))
                .andExpect(status().isCreated());
        String url = "/api/companies/" + COMPANY_ID;
        mvc.perform(put(url).with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPANY.replace("85236941000018", "85236941000019")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("siret"));
        mvc.perform(put(url).with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(COMPANY.replace("8000", "-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contract.monthlyCapCentsPerEmployee"));
        mvc.perform(put(url).with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPANY.replace("\"DELIVERY\"", "\"NOPE\"")))
                .andExpect(status().isUnprocessableContent());
        // another company's domain or SIRET: 409
        mvc.perform(put(url).with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPANY.replace("Alpes-Numerique.fr", "autre.fr")))
                .andExpect(status().isConflict());
        mvc.perform(put(url).with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPANY.replace("85236941000018", "87412365900011")))
                .andExpect(status().isConflict());
        mvc.perform(put(url).with(coordinator()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest());
        // nothing of it stuck
        mvc.perform(get(url).with(coordinator()))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.contract.monthlyCapCentsPerEmployee").value(8000));
    }

    @Test
    void wrongContractsNamesAndAddressesAreRefusedAndNothingIsStored() throws Exception {
        // a category the catalog does not have, a contract from year 0 or to year 999999: 422
        for (String wrong : List.of(COMPANY.replace("\"DELIVERY\"", "\"NOPE\""),
                COMPANY.replace("\"2026-01-01\"", "\"0000-01-01\""),
                COMPANY.replace("\"2026-12-31\"", "\"+999999-12-31\""))) {
            mvc.perform(post("/api/companies").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(wrong))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        // a negative cap, control or bidirectional-override characters in a name or an address: 400 naming the field
        mvc.perform(post("/api/companies").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPANY.replace("8000", "-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contract.monthlyCapCentsPerEmployee"));
        mvc.perform(post("/api/companies").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPANY.replace("Alpes Numérique", "Alpes \\u202Eeuqirémun")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/companies").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(COMPANY.replace("Accueil", "Accueil\\r\\nX-Injected: 1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sites[0].address.line2"));
        assertThat(mongo.count(new Query(), "companies")).isZero();
    }

    @Test
    void ourServicesAskWhetherACompanyExists() throws Exception {
        register();
        mvc.perform(get("/internal/companies/" + COMPANY_ID).header("X-Internal-Token", TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(COMPANY_ID))
                .andExpect(jsonPath("$.name").value("Alpes Numérique"));
        mvc.perform(get("/internal/companies/cmp-nope").header("X-Internal-Token", TOKEN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/internal/companies/" + COMPANY_ID)).andExpect(status().isUnauthorized());
    }

    @Test
    void anEmployeeJoinsIsApprovedOrdersUnderTheContractAndTheStatementListsTheCompletedOrder() throws Exception {
        register();
        mvc.perform(get("/api/companies/mine").with(employee())).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(COMPANY_ID))
                .andExpect(jsonPath("$.status").value("NONE"))
                .andExpect(jsonPath("$.capLeftCents").doesNotExist());
        mvc.perform(get("/api/companies/mine").with(resident())).andExpect(status().isNotFound());
        mvc.perform(get("/api/companies/mine")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/companies").with(resident())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/companies").with(admin())).andExpect(jsonPath("$[0].id").value(COMPANY_ID));
        mvc.perform(get("/api/companies").with(otherAdmin())).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/companies/mine/join").with(employee())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));
        mvc.perform(post("/api/companies/mine/join").with(employee())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));

        // not approved yet: no company billing
        mvc.perform(place("k0", AT_SITE.formatted(2))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/business-rule"));

        mvc.perform(get("/api/companies/" + COMPANY_ID + "/employees").with(otherAdmin())).andExpect(status().isNotFound());
        mvc.perform(post("/api/companies/" + COMPANY_ID + "/employees/usr-emp/approve").with(otherAdmin()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/companies/" + COMPANY_ID + "/employees/usr-emp/approve").with(employee()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/companies/" + COMPANY_ID + "/employees").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].userId").value("usr-emp"))
                .andExpect(jsonPath("$.content[0].email").value("emp@alpes-numerique.fr"))
                .andExpect(jsonPath("$.content[0].status").value("PENDING"))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(post("/api/companies/" + COMPANY_ID + "/employees/usr-emp/approve").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/companies/" + COMPANY_ID + "/employees/usr-emp/approve").with(admin()))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/companies/mine").with(employee())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.monthlyCapCents").value(8000))
                .andExpect(jsonPath("$.capLeftCents").value(8000));

        // 2 h × 25.00 € + 20 % VAT = 60.00 €: the employer pays 30.00 €, delivered to the Voiron site
        String first = mvc.perform(place("k1", AT_SITE.formatted(2))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.billing").value("COMPANY"))
                .andExpect(jsonPath("$.companyId").value(COMPANY_ID))
                .andExpect(jsonPath("$.communeInsee").value("38563"))
                .andExpect(jsonPath("$.address.line1").value("27 boulevard Edgar Kofler"))
                .andExpect(jsonPath("$.price.totalCents").value(6000))
                .andExpect(jsonPath("$.price.employerShareCents").value(3000))
                .andExpect(jsonPath("$.price.customerShareCents").value(3000))
                .andReturn().getResponse().getContentAsString();
        String firstId = JsonPath.read(first, "$.id");
        mvc.perform(place("k1", AT_SITE.formatted(2))).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(firstId));
        mvc.perform(get("/api/companies/mine").with(employee())).andExpect(jsonPath("$.capLeftCents").value(5000));

        // 4 h = 120.00 €: 50 % would be 60.00 €, but 50.00 € are left: split exactly at the cap
        String second = mvc.perform(place("k2", AT_SITE.formatted(4))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.price.employerShareCents").value(5000))
                .andExpect(jsonPath("$.price.customerShareCents").value(7000))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/companies/mine").with(employee())).andExpect(jsonPath("$.capLeftCents").value(0));
        // a cancelled order gives its share back, and never counts in a statement
        mvc.perform(post("/api/orders/" + JsonPath.read(second, "$.id") + "/cancel").with(employee()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CANCELLED"));
        mvc.perform(get("/api/companies/mine").with(employee())).andExpect(jsonPath("$.capLeftCents").value(5000));

        event(firstId, "1", "ACCEPTED", "2026-12-03T10:00:00Z");
        event(firstId, "2", "IN_PROGRESS", "2026-12-04T13:00:00Z");
        event(firstId, "3", "DONE", "2026-12-04T15:00:00Z");
        // 1 h = 30.00 € TTC, 15.00 € for the employer, not yet done: the month's commitment, apart
        String third = mvc.perform(place("k3", AT_SITE.formatted(1))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.price.employerShareCents").value(1500))
                .andReturn().getResponse().getContentAsString();
        String thirdId = JsonPath.read(third, "$.id");

        mvc.perform(get("/api/companies/" + COMPANY_ID + "/statements/2026-12").with(admin())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2026-12"))
                .andExpect(jsonPath("$.lines.length()").value(1))
                .andExpect(jsonPath("$.lines[0].orderId").value(firstId))
                .andExpect(jsonPath("$.lines[0].employeeName").value("Emma Employée"))
                .andExpect(jsonPath("$.lines[0].employeeEmail").value("emp@alpes-numerique.fr"))
                .andExpect(jsonPath("$.lines[0].date").value("2026-12-04"))
                .andExpect(jsonPath("$.lines[0].totalCents").value(6000))
                .andExpect(jsonPath("$.employerTotalCents").value(3000))
                .andExpect(jsonPath("$.employeeTotalCents").value(3000))
                .andExpect(jsonPath("$.lines[0].subtotalCents").value(5000))
                .andExpect(jsonPath("$.lines[0].vatRatePercent").value(20))
                .andExpect(jsonPath("$.lines[0].vatCents").value(1000))
                .andExpect(jsonPath("$.subtotalCents").value(5000))
                .andExpect(jsonPath("$.vatCents").value(1000))
                .andExpect(jsonPath("$.vatTotals.length()").value(1))
                .andExpect(jsonPath("$.vatTotals[0].vatCents").value(1000))
                .andExpect(jsonPath("$.commitments.length()").value(1))
                .andExpect(jsonPath("$.commitments[0].orderId").value(thirdId))
                .andExpect(jsonPath("$.commitments[0].state").value(org.hamcrest.Matchers.oneOf("PLACED", "DISPATCHING")))
                .andExpect(jsonPath("$.commitments[0].slotDate").value("2026-12-04"))
                .andExpect(jsonPath("$.commitmentTotals.count").value(1))
                .andExpect(jsonPath("$.commitmentTotals.totalCents").value(3000))
                .andExpect(jsonPath("$.commitmentTotals.employerShareCents").value(1500));
        mvc.perform(get("/api/companies/" + COMPANY_ID + "/statements/2026-11").with(coordinator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lines.length()").value(0));

        byte[] csv = mvc.perform(get("/api/companies/" + COMPANY_ID + "/statements/2026-12").with(admin())
                        .accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            List<CSVRecord> records = parser.getRecords();
            // the order, its total, its VAT rate's total, the commitments' total (none left this month)
            assertThat(records).extracting(r -> r.get("line")).containsExactly("ORDER", "TOTAL", "VAT_TOTAL",
                    "COMMITMENT", "COMMITMENTS_TOTAL");
            assertThat(records.get(4).get("employer_share_eur")).isEqualTo("15.00");
            assertThat(records.get(0).get("employee_name")).isEqualTo("Emma Employée");
            assertThat(records.get(0).get("total_eur")).isEqualTo("60.00");
            assertThat(records.get(0).get("employer_share_eur")).isEqualTo("30.00");
            assertThat(records.get(1).get("order_number")).isEqualTo("TOTAL");
            assertThat(records.get(1).get("employer_share_eur")).isEqualTo("30.00");
        }
        // the same lines for a French spreadsheet, and as a workbook (issue 14)
        byte[] french = mvc.perform(get("/api/companies/" + COMPANY_ID + "/statements/2026-12").with(admin())
                        .param("format", "csv").param("dialect", "fr"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"releve-" + COMPANY_ID + "-2026-12.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(french).startsWith(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.InputStreamReader(org.apache.commons.io.input.BOMInputStream.builder()
                        .setInputStream(new java.io.ByteArrayInputStream(french)).get(), StandardCharsets.UTF_8))) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(5);
            assertThat(records.get(3).get("État")).isIn("Enregistrée", "Recherche d’une structure");
            assertThat(records.get(0).get("Salarié")).isEqualTo("Emma Employée");
            assertThat(records.get(0).get("Catégorie")).isEqualTo("Petites réparations");
            assertThat(records.get(0).get("Terminée le")).isEqualTo("04/12/2026");
            assertThat(records.get(0).get("Total TTC (€)")).isEqualTo("60,00");
            assertThat(records.get(1).get("Part employeur (€)")).isEqualTo("30,00");
        }
        byte[] xlsx = mvc.perform(get("/api/companies/" + COMPANY_ID + "/statements/2026-12").with(coordinator())
                        .param("format", "xlsx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("Total TTC (€)");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Emma Employée");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("Petites réparations");
            assertThat(sheet.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(50.0);
            assertThat(sheet.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(10.0);
            assertThat(sheet.getRow(1).getCell(13).getNumericCellValue()).isEqualTo(60.0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("TOTAL");
            assertThat(sheet.getRow(2).getCell(14).getNumericCellValue()).isEqualTo(30.0);
        }
        // the PDF, asked either way, holds the month's totals (issue 16)
        for (var asked : List.of(get("/api/companies/" + COMPANY_ID + "/statements/2026-12").param("format", "pdf"),
                get("/api/companies/" + COMPANY_ID + "/statements/2026-12").accept("application/pdf"))) {
            byte[] pdf = mvc.perform(asked.with(admin()))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andExpect(header().string("Content-Disposition",
                            "attachment; filename=\"releve-" + COMPANY_ID + "-2026-12.pdf\""))
                    .andReturn().getResponse().getContentAsByteArray();
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Relevé de décembre 2026 — Alpes Numérique", "Total HT 50,00 €", "TVA 10,00 €",
                        "Total TTC 60,00 €", "Part employeur 30,00 €", "Part des salariés 30,00 €", "Emma Employée",
                        "Engagements du mois", "15,00");
            }
        }

        // another company's admin, the employee, a bad month
        mvc.perform(get("/api/companies/" + COMPANY_ID + "/statements/2026-12").with(otherAdmin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/companies/" + COMPANY_ID + "/statements/2026-12").with(otherAdmin()).accept("text/csv"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/companies/" + COMPANY_ID + "/statements/2026-12").with(employee()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/companies/" + COMPANY_ID).with(otherAdmin())).andExpect(status().isNotFound());
        mvc.perform(get("/api/companies/" + COMPANY_ID).with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.contract.monthlyCapCentsPerEmployee").value(8000));
        mvc.perform(get("/api/companies/" + COMPANY_ID + "/statements/2026-13").with(admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));
    }

    @Test
    void theBilanRseAddsUpTheHoursProviderServiceReportedForTheCompanysCompletedOrders() throws Exception {
        register();
        mvc.perform(post("/api/companies/mine/join").with(employee())).andExpect(status().isOk());
        mvc.perform(post("/api/companies/" + COMPANY_ID + "/employees/usr-emp/approve").with(admin()))
                .andExpect(status().isOk());
        String orderId = JsonPath.read(mvc.perform(place("k1", AT_SITE.formatted(2))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        event(orderId, "1", "ACCEPTED", "2026-12-03T10:00:00Z");
        event(orderId, "2", "IN_PROGRESS", "2026-12-04T13:00:00Z");
        event(orderId, "3", "DONE", "2026-12-04T15:00:00Z");
        // provider-service's reports: 2.5 h of which 1.75 h by people in insertion, at an ACI
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/work"))
                .withRequestBody(WireMock.matchingJsonPath("$.orderIds[0]", WireMock.equalTo(orderId)))
                .willReturn(okJson("""
                        {"work":[{"orderId":"%s","memberId":"mbr-atelier-velo-voironnais",
                          "memberName":"Atelier Vélo Voironnais","structureType":"ACI","category":"SMALL_REPAIRS",
                          "hoursWorked":2.5,"insertionHours":1.75,"completedAt":"2026-12-04T15:00:00Z"}]}""".formatted(orderId))));

        for (String period : List.of("month=2026-12", "year=2026")) {
            mvc.perform(get("/api/companies/" + COMPANY_ID + "/impact?" + period).with(admin()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.companyName").value("Alpes Numérique"))
                    .andExpect(jsonPath("$.ordersCompleted").value(1))
                    .andExpect(jsonPath("$.ordersReported").value(1))
                    .andExpect(jsonPath("$.hoursWorked").value(2.5))
                    .andExpect(jsonPath("$.insertionHours").value(1.75))
                    .andExpect(jsonPath("$.siaeInsertionHours").value(1.75))
                    .andExpect(jsonPath("$.byStructure[0].memberName").value("Atelier Vélo Voironnais"))
                    .andExpect(jsonPath("$.byStructure[0].structureType").value("ACI"))
                    .andExpect(jsonPath("$.byStructureType[0].key").value("ACI"))
                    .andExpect(jsonPath("$.byCategory[0].key").value("SMALL_REPAIRS"))
                    .andExpect(jsonPath("$.structureTypes[0].name").value("Atelier et chantier d'insertion"));
        }
        mvc.perform(get("/api/companies/" + COMPANY_ID + "/impact?month=2026-11").with(coordinator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ordersCompleted").value(0))
                .andExpect(jsonPath("$.insertionHours").value(0));

        byte[] pdf = mvc.perform(get("/api/companies/" + COMPANY_ID + "/impact?year=2026").with(admin())
                        .accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"bilan-rse-" + COMPANY_ID + "-2026.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Bilan RSE — Alpes Numérique", "du 01/01/2026 au 31/12/2026",
                    "Heures travaillées 2,5 h", "Heures d'insertion 1,75 h", "Atelier Vélo Voironnais",
                    "Petites réparations", "ACI — Atelier et chantier d'insertion", "Pôle de services du Centre Isère");
        }

        // another company's admin, the employee: 404; bad periods: 400; provider-service down: 503
        mvc.perform(get("/api/companies/" + COMPANY_ID + "/impact?year=2026").with(otherAdmin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/companies/" + COMPANY_ID + "/impact?year=2026").with(employee()))
                .andExpect(status().isNotFound());
        for (String bad : List.of("month=2026-13", "month=12-2026", "year=26", "year=2026&month=2026-12")) {
            mvc.perform(get("/api/companies/" + COMPANY_ID + "/impact?" + bad).with(admin()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/work"))
                .willReturn(WireMock.serverError()));
        mvc.perform(get("/api/companies/" + COMPANY_ID + "/impact?year=2026").with(admin()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRevokedEmployeeMayNotBillTheCompanyNorAskAgain() throws Exception {
        register();
        mvc.perform(post("/api/companies/mine/join").with(employee())).andExpect(status().isOk());
        mvc.perform(post("/api/companies/" + COMPANY_ID + "/employees/usr-emp/approve").with(coordinator()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/companies/" + COMPANY_ID + "/employees/usr-emp/revoke").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
        mvc.perform(post("/api/companies/mine/join").with(employee())).andExpect(status().isConflict());
        mvc.perform(place("k1", AT_SITE.formatted(2))).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/companies/mine").with(employee())).andExpect(jsonPath("$.status").value("REVOKED"));
    }

    @Test
    void aJobThatProviderServiceCancelsGivesTheShareBack() throws Exception {
        register();
        mvc.perform(post("/api/companies/mine/join").with(employee())).andExpect(status().isOk());
        mvc.perform(post("/api/companies/" + COMPANY_ID + "/employees/usr-emp/approve").with(admin()))
                .andExpect(status().isOk());
        String placed = mvc.perform(place("k1", AT_SITE.formatted(2))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/companies/mine").with(employee())).andExpect(jsonPath("$.capLeftCents").value(5000));

        event(JsonPath.read(placed, "$.id"), "9", "CANCELLED", "2026-12-03T10:00:00Z");
        event(JsonPath.read(placed, "$.id"), "9", "CANCELLED", "2026-12-03T10:00:00Z");

        mvc.perform(get("/api/orders/" + JsonPath.read(placed, "$.id")).with(employee()))
                .andExpect(jsonPath("$.state").value("CANCELLED"));
        mvc.perform(get("/api/companies/mine").with(employee())).andExpect(jsonPath("$.capLeftCents").value(8000));
    }

    @Test
    void aCompanyOrderForAFullDayReservesNothingOfTheEmployeesCap() throws Exception {
        register();
        mvc.perform(post("/api/companies/mine/join").with(employee())).andExpect(status().isOk());
        mvc.perform(post("/api/companies/" + COMPANY_ID + "/employees/usr-emp/approve").with(admin()))
                .andExpect(status().isOk());
        providerService.stubFor(WireMock.get(urlPathEqualTo("/internal/availability")).willReturn(okJson("""
                {"days":[{"date":"2026-12-04","freePlaces":0},{"date":"2026-12-05","freePlaces":1}]}""")));

        mvc.perform(place("k1", AT_SITE.formatted(2))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.nextAvailableDates[0]").value("2026-12-05"));

        mvc.perform(get("/api/companies/mine").with(employee())).andExpect(jsonPath("$.capLeftCents").value(8000));
        assertThat(mongo.count(new Query(), "orders")).isZero();
    }

    @Test
    void aCompanyOrderMovesOnlyToADayTheContractCoversAndKeepsItsShare() throws Exception {
        register();
        mvc.perform(post("/api/companies/mine/join").with(employee())).andExpect(status().isOk());
        mvc.perform(post("/api/companies/" + COMPANY_ID + "/employees/usr-emp/approve").with(admin()))
                .andExpect(status().isOk());
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"UNASSIGNED","memberId":null,"unassignedReason":"DAY_FULL"}""")));
        providerService.stubFor(WireMock.post(urlPathMatching("/internal/dispatches/.*/reschedule")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));
        String id = JsonPath.read(mvc.perform(place("k1", AT_SITE.formatted(2))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");

        // the contract ends on 31 December
        mvc.perform(post("/api/orders/" + id + "/reschedule").with(employee()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"slot\":{\"date\":\"2027-01-04\",\"from\":\"10:00\",\"to\":\"11:00\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("does not cover 2027-01-04")));
        mvc.perform(post("/api/orders/" + id + "/reschedule").with(employee()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slot\":{\"date\":\"2026-12-18\",\"from\":\"10:00\",\"to\":\"11:00\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DISPATCHING"))
                .andExpect(jsonPath("$.price.employerShareCents").value(3000));

        mvc.perform(get("/api/companies/mine").with(employee())).andExpect(jsonPath("$.capLeftCents").value(5000));
    }

    @Test
    void withoutASiteTheAddressAndCommuneAreRequiredAndASiteNeedsCompanyBilling() throws Exception {
        mvc.perform(place("k1", """
                        {"serviceId":"svc-reparation-velo","quantity":2,
                         "slot":{"date":"2026-12-04","from":"14:00","to":"16:00"},"billing":"COMPANY"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("communeInsee", "address")));
        mvc.perform(place("k2", AT_SITE.formatted(2).replace("COMPANY", "PERSONAL")).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("billed to the company")));
        assertThat(mongo.count(new Query(), "orders")).isZero();
    }

    @Test
    void tenConcurrentDuplicatesMakeOneOrderThatUsesTheCapOnce() throws Exception {
        register();
        mvc.perform(post("/api/companies/mine/join").with(employee())).andExpect(status().isOk());
        mvc.perform(post("/api/companies/" + COMPANY_ID + "/employees/usr-emp/approve").with(admin()))
                .andExpect(status().isOk());

        int racers = 10;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                Callable<Integer> duplicate = () -> {
                    start.await();
                    return mvc.perform(place("same-key", AT_SITE.formatted(2))).andReturn().getResponse().getStatus();
                };
                statuses.add(pool.submit(duplicate));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : statuses) {
                answers.add(answer.get());
            }
            assertThat(answers).containsOnly(200, 201).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mongo.count(new Query(), "orders")).isEqualTo(1);
        // the losers' reservations were given back: only the one order's 30.00 € is used
        mvc.perform(get("/api/companies/mine").with(employee())).andExpect(jsonPath("$.capLeftCents").value(5000));
    }

    private void register() throws Exception {
        mvc.perform(post("/api/companies").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(COMPANY))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/companies/" + COMPANY_ID))
                .andExpect(jsonPath("$.id").value(COMPANY_ID))
                .andExpect(jsonPath("$.emailDomains[0]").value("alpes-numerique.fr"))
                .andExpect(jsonPath("$.sites[0].id").value("voiron-siege"));
    }

    private void event(String orderId, String n, String type, String at) throws Exception {
        mvc.perform(post("/internal/orders/" + orderId + "/job-events").header("X-Internal-Token", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"eventId":"job-1:%s","type":"%s","jobId":"job-1","memberId":"mbr-atelier-velo-voironnais",
                                 "occurredAt":"%s"}""".formatted(n, type, at)))
                .andExpect(status().isNoContent());
    }

    private MockHttpServletRequestBuilder place(String key, String body) {
        return post("/api/orders").with(employee()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static RequestPostProcessor coordinator() {
        return user("usr-coord", "coord@demo.test", "Camille", "COORDINATOR", null);
    }

    static RequestPostProcessor admin() {
        return user("usr-admin", "admin@demo.test", "Clara", "COMPANY_ADMIN", COMPANY_ID);
    }

    static RequestPostProcessor otherAdmin() {
        return user("usr-other-admin", "admin@other.test", "Olga", "COMPANY_ADMIN", "cmp-other");
    }

    static RequestPostProcessor employee() {
        return user("usr-emp", "emp@alpes-numerique.fr", "Emma Employée", "RESIDENT", null);
    }

    static RequestPostProcessor resident() {
        return user("usr-res", "res@gmail.com", "Romain", "RESIDENT", null);
    }

    static RequestPostProcessor user(String sub, String email, String name, String role, String companyId) {
        return jwt().jwt(token -> {
            token.subject(sub).claim("email", email).claim("name", name).claim("roles", List.of(role));
            if (companyId != null) {
                token.claim("companyId", companyId);
            }
        }).authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
