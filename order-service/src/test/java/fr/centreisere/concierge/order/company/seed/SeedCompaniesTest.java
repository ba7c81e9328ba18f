package fr.centreisere.concierge.order.company.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import fr.centreisere.concierge.order.company.BillEmployer;
import fr.centreisere.concierge.order.company.Companies;
import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.company.CompanyCaller;
import fr.centreisere.concierge.order.company.EmployeeStatus;
import fr.centreisere.concierge.order.company.Employees;
import fr.centreisere.concierge.order.company.ProduceStatement;
import fr.centreisere.concierge.order.company.Statement;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.testsupport.MutableClock;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.Slot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile's companies: seeded at start, again changes nothing, and the statements are not empty. */
@SpringBootTest
@ActiveProfiles("demo")
class SeedCompaniesTest {

    /** 15 December 2026, 10:00 in Paris: December's two orders are over. */
    static final Instant NOW = Instant.parse("2026-12-15T09:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW, Slot.TERRITORY_ZONE);
        }
    }

    @Autowired
    SeedCompaniesAtStartup seed;

    @Autowired
    Companies companies;

    @Autowired
    Employees employees;

    @Autowired
    Orders orders;

    @Autowired
    ProduceStatement statements;

    @Autowired
    BillEmployer billing;

    @Autowired
    MongoTemplate mongo;

    @Test
    void threeCompaniesTheDemoEmployeeApprovedAndStatementsThatAreNotEmptyEvenAfterASecondRun() throws Exception {
        seed.run(null);

        assertThat(companies.all()).extracting(Company::id).containsExactlyInAnyOrder("cmp-demo-alpes-numerique",
                "cmp-fromagerie-cooperative-du-vercors", "cmp-mecanique-voironnaise-de-precision");
        Company demo = companies.findByEmailDomain("alpes-numerique.fr").orElseThrow();
        assertThat(demo.sites()).isNotEmpty();
        assertThat(employees.find(demo.id(), "usr-demo-employee").orElseThrow().status())
                .isEqualTo(EmployeeStatus.APPROVED);
        assertThat(mongo.count(new Query(), "orders")).isEqualTo(6);

        CompanyCaller admin = new CompanyCaller("usr-demo-company-admin", "company-admin@demo.test", null, false,
                demo.id());
        Statement november = statements.of(admin, demo.id(), YearMonth.of(2026, 11));
        assertThat(november.lines()).hasSize(4);
        // the previous month's orders reach the 80.00 € cap exactly; the last one is split at it
        assertThat(november.employerTotal()).isEqualTo(Money.ofCents(8_000));
        assertThat(november.lines().get(3).employerShare()).isEqualTo(Money.ofCents(2_000));
        assertThat(november.total()).isEqualTo(Money.ofCents(20_400));
        Statement december = statements.of(admin, demo.id(), YearMonth.of(2026, 12));
        assertThat(december.lines()).hasSize(2);
        assertThat(billing.capLeft(demo, "usr-demo-employee", NOW)).isEqualTo(Money.ofCents(8_000 - 2_100 - 948));

        // written as completed and never to be dispatched
        assertThat(orders.find(november.lines().get(0).orderId()).orElseThrow().hasUnsentMessages()).isFalse();
        assertThat(orders.find(november.lines().get(0).orderId()).orElseThrow().state()).isEqualTo(OrderState.COMPLETED);
        assertThat(orders.find(november.lines().get(0).orderId()).orElseThrow().history()).hasSize(5);
        List<Object> before = List.of(mongo.count(new Query(), "companies"), mongo.count(new Query(), "company_employees"),
                mongo.count(new Query(), "orders"), billing.capLeft(demo, "usr-demo-employee", NOW));
        seed.run(null);
        assertThat(List.of(mongo.count(new Query(), "companies"), mongo.count(new Query(), "company_employees"),
                mongo.count(new Query(), "orders"), billing.capLeft(demo, "usr-demo-employee", NOW))).isEqualTo(before);
    }
}
