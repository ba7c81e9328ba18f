package fr.centreisere.concierge.order.invoice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.centreisere.concierge.order.company.Companies;
import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.orders.CompanyBilling.CompanyCharge;
import fr.centreisere.concierge.order.company.Contract;
import fr.centreisere.concierge.order.company.LegalAddress;
import fr.centreisere.concierge.order.company.Site;
import fr.centreisere.concierge.order.company.Siret;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Address;
import fr.centreisere.concierge.order.orders.Billing;
import fr.centreisere.concierge.order.orders.Customer;
import fr.centreisere.concierge.order.orders.JobEventType;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderFixtures;
import fr.centreisere.concierge.order.orders.OrderRequest;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.testsupport.MutableClock;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * Invoices through the API with the real store: a coordinator closes December 2026 (two companies, one
 * member), closing again issues nothing, a later completion in that month changes no issued invoice, each
 * reader sees only its own (another's is a 404), the PDF is a Factur-X, a credit note cancels an invoice once,
 * concurrent closings and issues never reuse or skip a number, and provider-service away issues nothing.
 * provider-service is WireMock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableWireMock(@ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url"))
class InvoiceJourneyTest {

    static final String ALPES = "cmp-alpes-numerique";
    static final String VERCORS = "cmp-fromagerie-vercors";
    static final String MEMBER = OrderFixtures.MEMBER;
    static final String TOKEN = "test-internal-token-for-every-test";
    static final Instant CLOSING_DAY = Instant.parse("2027-01-05T09:00:00Z");

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

    @Autowired
    Orders orders;

    @Autowired
    Companies companies;

    @Autowired
    Invoices invoices;

    @Autowired
    CloseMonth closeMonth;

    @InjectWireMock("provider")
    WireMockServer provider;

    @BeforeEach
    void december() {
        for (String collection : List.of("orders", "companies", "invoices", "monthClosings")) {
            mongo.remove(new Query(), collection);
        }
        provider.resetAll();
        provider.stubFor(WireMock.get(urlPathEqualTo("/internal/members/" + MEMBER + "/legal-identity"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"memberId":"%s","name":"L'Atelier Vélo Voironnais","siret":"81234567800011",
                         "line1":"11 rue de la République","postalCode":"38500","city":"Voiron","vatNumber":null,
                         "email":"contact@atelier.example"}""".formatted(MEMBER))));
        companies.insert(company(ALPES, "Alpes Numérique", "85236941000018"));
        companies.insert(company(VERCORS, "Fromagerie coopérative du Vercors", "87412365900011"));
        clock.set(OrderFixtures.NOW);
        orders.insert(completed("ord-1", "CI-2026-000001", ALPES, 3_000, Instant.parse("2026-12-04T15:00:00Z")));
        orders.insert(completed("ord-2", "CI-2026-000002", ALPES, 1_003, Instant.parse("2026-12-10T15:00:00Z")));
        orders.insert(completed("ord-3", "CI-2026-000003", VERCORS, 2_400, Instant.parse("2026-12-31T22:30:00Z")));
        // completed on 1 January in Paris (31 December in UTC): January's, not December's
        orders.insert(completed("ord-4", "CI-2026-000004", ALPES, 6_000, Instant.parse("2026-12-31T23:30:00Z")));
        clock.set(CLOSING_DAY);
    }

    @Test
    void closingIssuesOneInvoicePerCompanyAndMemberAndClosingAgainIssuesNothing() throws Exception {
        mvc.perform(post("/api/invoices/closings").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":\"2026-12\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alreadyClosed").value(false))
                .andExpect(jsonPath("$.issued.length()").value(3))
                .andExpect(jsonPath("$.issued[0].number").value("FA-2027-000001"))
                .andExpect(jsonPath("$.issued[0].recipientId").value(ALPES))
                .andExpect(jsonPath("$.issued[0].amountDueCents").value(4_003))
                .andExpect(jsonPath("$.issued[0].lines.length()").value(2))
                .andExpect(jsonPath("$.issued[0].dueDate").value("2027-02-04"))
                .andExpect(jsonPath("$.issued[1].number").value("FA-2027-000002"))
                .andExpect(jsonPath("$.issued[1].recipientId").value(VERCORS))
                .andExpect(jsonPath("$.issued[1].amountDueCents").value(2_400))
                .andExpect(jsonPath("$.issued[2].number").value("FA-2027-000003"))
                .andExpect(jsonPath("$.issued[2].recipientKind").value("MEMBER"))
                // 8 % of 50.00 € on each of the three December jobs: 12.00 € + 20 % VAT
                .andExpect(jsonPath("$.issued[2].netCents").value(1_200))
                .andExpect(jsonPath("$.issued[2].vatCents").value(240))
                .andExpect(jsonPath("$.issued[2].amountDueCents").value(1_440));
        provider.verify(getRequestedFor(urlPathEqualTo("/internal/members/" + MEMBER + "/legal-identity"))
                .withHeader("X-Internal-Token", equalTo(TOKEN)));
        String before = mvc.perform(get("/api/companies/" + ALPES + "/invoices/FA-2027-000001").with(admin(ALPES)))
                .andReturn().getResponse().getContentAsString();

        // a December order completed late, then a second closing: nothing new, nothing changed
        clock.set(OrderFixtures.NOW);
        orders.insert(completed("ord-5", "CI-2026-000005", ALPES, 1_500, Instant.parse("2026-12-20T15:00:00Z")));
        clock.set(CLOSING_DAY);
        mvc.perform(post("/api/invoices/closings").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":\"2026-12\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyClosed").value(true))
                .andExpect(jsonPath("$.issued.length()").value(3));
        assertThat(mongo.getCollection("invoices").countDocuments()).isEqualTo(3);
        mvc.perform(get("/api/companies/" + ALPES + "/invoices/FA-2027-000001").with(admin(ALPES)))
                .andExpect(status().isOk()).andExpect(content().json(before, org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void eachReaderSeesItsOwnInvoicesAndAnothersIsNotFound() throws Exception {
        closeMonth.close(YearMonth.of(2026, 12));

        mvc.perform(get("/api/companies/" + ALPES + "/invoices").with(admin(ALPES))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].number").value("FA-2027-000001"));
        mvc.perform(get("/api/members/" + MEMBER + "/invoices").with(staff(MEMBER))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value("FA-2027-000003"));
        mvc.perform(get("/api/companies/" + VERCORS + "/invoices").with(coordinator())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value("FA-2027-000002"));
        for (String path : List.of("/api/companies/" + VERCORS + "/invoices", "/api/companies/" + VERCORS + "/invoices/FA-2027-000002",
                // its own company's path but another's number
                "/api/companies/" + ALPES + "/invoices/FA-2027-000002", "/api/members/" + MEMBER + "/invoices")) {
            mvc.perform(get(path).with(admin(ALPES))).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        for (String path : List.of("/api/members/mbr-autre/invoices", "/api/members/" + MEMBER + "/invoices/FA-2027-000001",
                "/api/companies/" + ALPES + "/invoices")) {
            mvc.perform(get(path).with(staff(MEMBER))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/companies/" + ALPES + "/invoices").with(resident())).andExpect(status().isNotFound());
        mvc.perform(get("/api/invoices").with(admin(ALPES))).andExpect(status().isForbidden());
        mvc.perform(get("/api/invoices").param("month", "2026-12").param("type", "INVOICE").with(coordinator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/api/invoices").param("month", "décembre").with(coordinator()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));
    }

    @Test
    void anInvoiceAsPdfIsAFacturXAttachmentNamedByItsNumber() throws Exception {
        closeMonth.close(YearMonth.of(2026, 12));

        byte[] pdf = mvc.perform(get("/api/companies/" + ALPES + "/invoices/FA-2027-000001").with(admin(ALPES))
                        .accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"FA-2027-000001.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xml = new String(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("factur-x.xml").getEmbeddedFile().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).contains("FA-2027-000001", "<ram:DuePayableAmount>40.03</ram:DuePayableAmount>");
        }
        mvc.perform(get("/api/companies/" + VERCORS + "/invoices/FA-2027-000002").with(admin(ALPES))
                .accept(MediaType.APPLICATION_PDF)).andExpect(status().isNotFound());
    }

    @Test
    void aCreditNoteCancelsAnInvoiceOnceAndAMonthNotOverCannotBeClosed() throws Exception {
        closeMonth.close(YearMonth.of(2026, 12));

        mvc.perform(post("/api/invoices/FA-2027-000002/credit-notes").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Commande facturée à tort\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value("AV-2027-000001"))
                .andExpect(jsonPath("$.type").value("CREDIT_NOTE"))
                .andExpect(jsonPath("$.creditedInvoice").value("FA-2027-000002"))
                .andExpect(jsonPath("$.amountDueCents").value(2_400));
        mvc.perform(get("/api/companies/" + VERCORS + "/invoices/FA-2027-000002").with(coordinator()))
                .andExpect(jsonPath("$.state").value("CREDITED")).andExpect(jsonPath("$.creditedBy").value("AV-2027-000001"));
        mvc.perform(get("/api/companies/" + VERCORS + "/invoices").with(admin(VERCORS)))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(post("/api/invoices/FA-2027-000002/credit-notes").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"encore\"}")).andExpect(status().isConflict());
        mvc.perform(post("/api/invoices/AV-2027-000001/credit-notes").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"un avoir\"}")).andExpect(status().isConflict());
        mvc.perform(post("/api/invoices/FA-2027-000001/credit-notes").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"  \"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/invoices/FA-2027-000099/credit-notes").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"inconnue\"}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/invoices/FA-2027-000001/credit-notes").with(admin(ALPES)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"moi\"}")).andExpect(status().isForbidden());
        assertThat(invoices.find("FA-2027-000001").orElseThrow().state()).isEqualTo(InvoiceState.ISSUED);

        mvc.perform(post("/api/invoices/closings").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"month\":\"2027-01\"}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/conflict"));
        mvc.perform(post("/api/invoices/closings").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"month\":\"2026-13\"}")).andExpect(status().isBadRequest());
    }

    @Test
    void providerServiceAwayIssuesNothingAndTheNextClosingIssuesAll() throws Exception {
        provider.stubFor(WireMock.get(urlPathMatching("/internal/members/.*/legal-identity"))
                .willReturn(aResponse().withStatus(500)));

        mvc.perform(post("/api/invoices/closings").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":\"2026-12\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/dependency-unavailable"));
        assertThat(mongo.getCollection("invoices").countDocuments()).isZero();
        assertThat(mongo.getCollection("monthClosings").countDocuments()).isZero();

        december();
        mvc.perform(post("/api/invoices/closings").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"month\":\"2026-12\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.issued[0].number").value("FA-2027-000001"));
    }

    @Test
    void concurrentClosingsIssueEachInvoiceOnceWithNumbersWithoutGapsOrRepeats() throws Exception {
        List<CloseMonth.Closing> closings = inParallel(8, i -> closeMonth.close(YearMonth.of(2026, 12)));

        List<String> issued = new ArrayList<>();
        closings.stream().filter(c -> !c.alreadyClosed()).forEach(c -> c.invoices().forEach(i -> issued.add(i.recipientId())));
        assertThat(issued).containsExactlyInAnyOrder(ALPES, VERCORS, MEMBER);
        assertThat(invoices.all(null, null)).extracting(i -> i.number().value())
                .containsExactlyInAnyOrder("FA-2027-000001", "FA-2027-000002", "FA-2027-000003");

        // and many issues at once, each of its own recipient: 1..n, every number once
        int threads = 8;
        int each = 6;
        inParallel(threads, t -> {
            for (int k = 0; k < each; k++) {
                invoices.issue(InvoiceFixtures.memberDraft("mbr-stress-" + t + "-" + k,
                        List.of(InvoiceFixtures.commission("CI-2026-000001", 100 + k, 3))));
            }
            return null;
        });
        List<Integer> sequences = invoices.all(null, InvoiceType.INVOICE).stream()
                .filter(i -> i.number().year() == 2027).map(i -> i.number().sequence()).sorted().toList();
        List<Integer> expected = new ArrayList<>();
        for (int n = 1; n <= 3 + threads * each; n++) {
            expected.add(n);
        }
        assertThat(sequences).isEqualTo(expected);
    }

    interface Task<T> {
        T run(int index) throws Exception;
    }

    private static <T> List<T> inParallel(int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.run(index);
                }));
            }
            start.countDown();
            List<T> results = Collections.synchronizedList(new ArrayList<>());
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static Company company(String id, String name, String siret) {
        return new Company(id, name, new Siret(siret), Set.of(id.substring(4) + ".fr"),
                List.of(new Site("siege", "Siège", new Address("1 rue de la Gare", null, "38500"), "38563")),
                new Contract(new BigDecimal("50"), Money.ofCents(100_000), Set.of("SMALL_REPAIRS"),
                        LocalDate.of(2026, 1, 1), null),
                OrderFixtures.NOW, null, new LegalAddress("1 rue de la Gare", null, "38500", "Voiron", null));
    }

    /** A 2 h bike repair (50.00 € + 20 % = 60.00 €, commission 8 % = 4.00 €) billed to the company, completed then. */
    static Order completed(String id, String number, String companyId, long shareCents, Instant completedAt) {
        OrderRequest request = new OrderRequest("svc-reparation-velo", 2, "38563",
                new Address("1 rue de la Gare", null, "38500"),
                new Slot(LocalDate.of(2026, 12, 4), LocalTime.of(14, 0), LocalTime.of(16, 0)), null, null, Billing.COMPANY);
        Order order = Order.place(id, number, new Customer("usr-" + id, "Employé " + id), request, "key-" + id,
                OrderFixtures.offer(), new CompanyCharge(companyId, Money.ofCents(shareCents)), OrderFixtures.NOW);
        order.apply(OrderFixtures.event(id + ":1", JobEventType.ACCEPTED, MEMBER, completedAt.minusSeconds(7_200)), completedAt);
        order.apply(OrderFixtures.event(id + ":2", JobEventType.IN_PROGRESS, MEMBER, completedAt.minusSeconds(3_600)), completedAt);
        order.apply(OrderFixtures.event(id + ":3", JobEventType.DONE, MEMBER, completedAt), completedAt);
        return order;
    }

    static RequestPostProcessor coordinator() {
        return user("usr-coord", "COORDINATOR", null, null);
    }

    static RequestPostProcessor admin(String companyId) {
        return user("usr-admin-" + companyId, "COMPANY_ADMIN", companyId, null);
    }

    static RequestPostProcessor staff(String memberId) {
        return user("usr-staff-" + memberId, "MEMBER_STAFF", null, memberId);
    }

    static RequestPostProcessor resident() {
        return user("usr-res", "RESIDENT", null, null);
    }

    static RequestPostProcessor user(String sub, String role, String companyId, String memberId) {
        return jwt().jwt(token -> {
            token.subject(sub).claim("roles", List.of(role));
            if (companyId != null) {
                token.claim("companyId", companyId);
            }
            if (memberId != null) {
                token.claim("memberId", memberId);
            }
        }).authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
