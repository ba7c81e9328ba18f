package fr.centreisere.concierge.order.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.order.orders.Customer;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderFixtures;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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

/**
 * Thousands of orders stored through the repository, then the period's report and the paged list asked
 * over the web layer with the same filters: every count of the report is the list's {@code totalElements},
 * and both are what the stored orders hold (issue 14).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTotalsTest {

    static final int ORDERS = 3_000;
    static final List<String> COMMUNES = List.of("38563", "38565", "38239", "38416", "38559");
    static final List<String> CATEGORIES = List.of("SMALL_REPAIRS", "DELIVERY", "GARDENING");
    static final List<String> MEMBERS = List.of("mbr-atelier-velo-voironnais", "mbr-jardins-solidaires", "mbr-coursiers");
    static final LocalDate FIRST_SLOT = LocalDate.of(2026, 11, 10);

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(OrderFixtures.NOW, Slot.TERRITORY_ZONE); // 2 December 2026
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Orders orders;

    @Autowired
    MongoTemplate mongo;

    final List<Order> stored = new ArrayList<>();

    @BeforeAll
    void manyOrders() {
        mongo.remove(new Query(), "orders");
        Order base = OrderFixtures.placed();
        OrderState[] states = OrderState.values();
        for (int i = 0; i < ORDERS; i++) {
            OrderState state = states[i % states.length];
            boolean withMember = state != OrderState.DISPATCHING && state != OrderState.UNASSIGNED && i % 5 != 0;
            Slot slot = new Slot(FIRST_SLOT.plusDays(i % 70), base.slot().from(), base.slot().to());
            Order order = new Order("ord-r" + i, "CI-2026-%06d".formatted(i + 1),
                    new Customer(i % 10 == 0 ? "usr-demo-resident" : "usr-r" + (i % 37), "Client " + i),
                    base.serviceId(), base.serviceTitle(), CATEGORIES.get(i % CATEGORIES.size()), base.quantity(),
                    COMMUNES.get(i % COMMUNES.size()), base.address(), slot, null, null, base.billing(),
                    i % 4 == 0 ? "cmp-acme" : i % 9 == 0 ? "cmp-bureau" : null, base.price(),
                    OrderFixtures.NOW.minus(Duration.ofMinutes(i)), "key-" + i, base.requestFingerprint(), state,
                    withMember ? MEMBERS.get(i % MEMBERS.size()) : null, null, null, null, null, base.history(),
                    List.of(), List.of(), null);
            stored.add(orders.insert(order));
        }
    }

    @Test
    void everyCountOfTheMonthIsWhatTheListCountsForTheSameFilters() throws Exception {
        String report = read(get("/api/reports/orders").with(coordinator())); // the current month by default
        assertThat((String) JsonPath.read(report, "$.from")).isEqualTo("2026-12-01");
        assertThat((String) JsonPath.read(report, "$.to")).isEqualTo("2026-12-31");
        String period = "from=2026-12-01&to=2026-12-31";
        Predicate<Order> december = o -> o.slot().date().getMonthValue() == 12;

        long total = ((Number) JsonPath.read(report, "$.total")).longValue();
        assertThat(total).isEqualTo(count(december)).isGreaterThan(1_000);
        assertThat(listTotal(period)).isEqualTo(total);

        for (OrderState state : OrderState.values()) {
            long n = count(report, "$.byState." + state.name());
            assertThat(n).as(state.name()).isEqualTo(count(december.and(o -> o.state() == state)));
            assertThat(listTotal(period + "&state=" + state.name())).as(state.name()).isEqualTo(n);
        }
        for (String commune : COMMUNES) {
            assertThat(listTotal(period + "&communeInsee=" + commune)).isEqualTo(count(report, "$.byCommune." + commune));
        }
        for (String category : CATEGORIES) {
            assertThat(listTotal(period + "&category=" + category)).isEqualTo(count(report, "$.byCategory." + category));
        }
        long withMember = 0;
        for (String member : MEMBERS) {
            long n = count(report, "$.byMember." + member);
            withMember += n;
            assertThat(listTotal(period + "&memberId=" + member)).isEqualTo(n);
        }
        assertThat(withMember + count(report, "$.withoutMember")).isEqualTo(total);
        assertThat(listTotal(period + "&companyId=cmp-acme")).isEqualTo(count(report, "$.byCompany.cmp-acme"));
        assertThat(listTotal(period + "&companyId=cmp-bureau")).isEqualTo(count(report, "$.byCompany.cmp-bureau"));

        long completed = count(december.and(o -> o.state() == OrderState.COMPLETED));
        assertThat(count(report, "$.completed")).isEqualTo(completed);
        assertThat(count(report, "$.revenueCents")).isEqualTo(completed * OrderFixtures.placed().price().subtotal().cents());
        assertThat(count(report, "$.commissionCents")).isEqualTo(completed * OrderFixtures.placed().price().commission().cents());
    }

    @Test
    void filtersCombineTheSameWayInTheReportAndTheList() throws Exception {
        String filters = "from=2026-11-20&to=2026-12-10&communeInsee=38565&state=COMPLETED&memberId=" + MEMBERS.get(1);
        String report = read(get("/api/reports/orders?" + filters).with(coordinator()));
        long expected = count(o -> !o.slot().date().isBefore(LocalDate.of(2026, 11, 20))
                && !o.slot().date().isAfter(LocalDate.of(2026, 12, 10)) && o.communeInsee().equals("38565")
                && o.state() == OrderState.COMPLETED && MEMBERS.get(1).equals(o.memberId()));
        assertThat(expected).isPositive();
        assertThat(count(report, "$.total")).isEqualTo(expected);
        assertThat(listTotal(filters)).isEqualTo(expected);
        assertThat((String) JsonPath.read(report, "$.filters.communeInsee")).isEqualTo("38565");
    }

    @Test
    void pagesOfAPeriodHoldEachOrderOnceNewestFirst() throws Exception {
        String filters = "from=2026-12-01&to=2026-12-31&category=DELIVERY";
        long total = listTotal(filters);
        Set<String> seen = new HashSet<>();
        String previous = null;
        for (int page = 0; page * 100L < total; page++) {
            String answer = read(get("/api/orders?size=100&page=" + page + "&" + filters).with(coordinator()));
            List<Map<String, Object>> content = JsonPath.read(answer, "$.content");
            assertThat(content).hasSizeLessThanOrEqualTo(100).isNotEmpty();
            for (Map<String, Object> order : content) {
                assertThat(seen.add((String) order.get("id"))).isTrue();
                assertThat(order.get("category")).isEqualTo("DELIVERY");
                String created = (String) order.get("createdAt");
                if (previous != null) {
                    assertThat(created).isLessThanOrEqualTo(previous);
                }
                previous = created;
            }
        }
        assertThat((long) seen.size()).isEqualTo(total).isEqualTo(count(o -> o.slot().date().getMonthValue() == 12
                && o.category().equals("DELIVERY")));
        assertThat(JsonPath.<List<?>>read(read(get("/api/orders?size=100&page=" + (total / 100 + 1) + "&" + filters)
                .with(coordinator())), "$.content")).isEmpty();
    }

    @Test
    void anExportHoldsEveryPageOfTheSelectionInCsvAndXlsx() throws Exception {
        String filters = "from=2026-12-01&to=2026-12-31&communeInsee=38416";
        long total = listTotal(filters);
        assertThat(total).isGreaterThan(100);
        byte[] csv = mvc.perform(get("/api/orders?size=5&format=csv&" + filters).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(';').get()
                .parse(new java.io.InputStreamReader(org.apache.commons.io.input.BOMInputStream.builder()
                        .setInputStream(new java.io.ByteArrayInputStream(csv)).get(), java.nio.charset.StandardCharsets.UTF_8))) {
            var records = parser.getRecords();
            assertThat(records.get(0).get(0)).isEqualTo("N° de commande");
            assertThat(records).hasSize((int) total + 1);
            Set<String> numbers = new HashSet<>();
            records.stream().skip(1).forEach(r -> numbers.add(r.get(0)));
            assertThat(numbers).hasSize((int) total);
        }
        byte[] xlsx = mvc.perform(get("/api/orders?" + filters).with(coordinator())
                        .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) total);
        }
        mvc.perform(get("/api/orders?format=odt").with(coordinator())).andExpect(status().isBadRequest());
    }

    @Test
    void aResidentsFiltersNarrowTheirOwnOrders() throws Exception {
        String filters = "from=2026-12-01&to=2026-12-31&state=ASSIGNED";
        long own = count(o -> o.customer().userId().equals("usr-demo-resident") && o.slot().date().getMonthValue() == 12
                && o.state() == OrderState.ASSIGNED);
        assertThat(own).isPositive();
        String answer = read(get("/api/orders?size=1&" + filters).with(user("usr-demo-resident", "RESIDENT")));
        assertThat(count(answer, "$.totalElements")).isEqualTo(own);
    }

    @Test
    void badFiltersAreRefusedWithAProblemNamingTheParameter() throws Exception {
        for (String path : List.of("/api/reports/orders", "/api/orders")) {
            refused(path + "?communeInsee=Voiron", "communeInsee");
            refused(path + "?memberId=atelier", "memberId");
            refused(path + "?companyId=acme", "companyId");
            refused(path + "?category=velo", "category");
            refused(path + "?state=LOST", "state");
            refused(path + "?from=2026-13-01", "from");
            refused(path + "?from=2026-12-10&to=2026-12-01", "to");
        }
        refused("/api/reports/orders?from=2026-01-01&to=2027-12-31", "to");
        mvc.perform(get("/api/reports/orders").with(user("usr-demo-resident", "RESIDENT")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/reports/orders")).andExpect(status().isUnauthorized());
    }

    private void refused(String path, String field) throws Exception {
        mvc.perform(get(path).with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private long count(Predicate<Order> which) {
        return stored.stream().filter(which).count();
    }

    private static long count(String json, String path) {
        Object value = JsonPath.read(json, path);
        return ((Number) value).longValue();
    }

    private long listTotal(String filters) throws Exception {
        return count(read(get("/api/orders?size=1&" + filters).with(coordinator())), "$.totalElements");
    }

    private String read(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static RequestPostProcessor coordinator() {
        return user("usr-demo-coordinator", "COORDINATOR");
    }

    static RequestPostProcessor user(String userId, String role) {
        return jwt().jwt(token -> token.subject(userId).claim("roles", List.of(role)).claim("name", "Nom " + userId))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
