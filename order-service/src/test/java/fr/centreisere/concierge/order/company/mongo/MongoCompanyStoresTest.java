package fr.centreisere.concierge.order.company.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.company.CompanyConflict;
import fr.centreisere.concierge.order.company.Contract;
import fr.centreisere.concierge.order.company.Employee;
import fr.centreisere.concierge.order.company.EmployeeStatus;
import fr.centreisere.concierge.order.company.Site;
import fr.centreisere.concierge.order.company.Siret;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Address;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Companies, memberships and allowances through the real MongoDB driver, against the in-process server. */
@DataMongoTest
@Import({ MongoCompanies.class, MongoEmployees.class, MongoAllowances.class, DueSets.class })
class MongoCompanyStoresTest {

    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired
    MongoCompanies companies;

    @Autowired
    MongoEmployees employees;

    @Autowired
    MongoAllowances allowances;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.dropCollection(CompanyDocument.class);
        mongo.dropCollection(EmployeeDocument.class);
        mongo.dropCollection(MongoAllowances.COLLECTION);
        mongo.indexOps(CompanyDocument.class).createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("siret", org.springframework.data.domain.Sort.Direction.ASC).unique());
    }

    @Test
    void aCompanyComesBackAsStoredAndIsFoundByItsDomain() {
        Company stored = companies.insert(company("cmp-alpes", "85236941000018", "alpes-numerique.fr"));
        Company found = companies.findByEmailDomain("alpes-numerique.fr").orElseThrow();
        assertThat(found.id()).isEqualTo("cmp-alpes");
        assertThat(found.contract()).isEqualTo(stored.contract());
        assertThat(found.sites()).isEqualTo(stored.sites());
        assertThat(found.siret()).isEqualTo(new Siret("85236941000018"));
        assertThat(companies.findByEmailDomain("other.fr")).isEmpty();
    }

    @Test
    void aSecondCompanyWithTheSameIdOrSiretIsAConflict() {
        companies.insert(company("cmp-alpes", "85236941000018", "alpes-numerique.fr"));
        assertThatThrownBy(() -> companies.insert(company("cmp-alpes", "87412365900011", "b.fr")))
                .isInstanceOf(CompanyConflict.class);
        assertThatThrownBy(() -> companies.insert(company("cmp-other", "85236941000018", "c.fr")))
                .isInstanceOf(CompanyConflict.class);
    }

    @Test
    void membershipsAreOnePerPersonAndCompanyAndChangeConditionally() {
        Employee pending = new Employee("cmp-alpes", "usr-1", "a@alpes-numerique.fr", "A", EmployeeStatus.PENDING, NOW,
                null, null, null);
        assertThat(employees.insert(pending)).isTrue();
        assertThat(employees.insert(pending)).isFalse();

        Employee first = employees.find("cmp-alpes", "usr-1").orElseThrow();
        Employee second = employees.find("cmp-alpes", "usr-1").orElseThrow();
        first.approve("usr-admin", NOW);
        employees.update(first);
        second.revoke("usr-admin", NOW);
        assertThatThrownBy(() -> employees.update(second)).isInstanceOf(CompanyConflict.class);

        assertThat(employees.findApproved("usr-1")).map(Employee::companyId).contains("cmp-alpes");
        assertThat(employees.list("cmp-alpes", 0, 20).totalElements()).isEqualTo(1);
    }

    @Test
    void aReservationStaysWithinTheCapAndCountsOncePerOrder() {
        Money cap = Money.ofCents(8_000);
        assertThat(allowances.reserve("cmp-alpes", "usr-1", DECEMBER, "ord-1", Money.ofCents(6_000), cap))
                .contains(Money.ofCents(6_000));
        assertThat(allowances.reserve("cmp-alpes", "usr-1", DECEMBER, "ord-1", Money.ofCents(6_000), cap))
                .contains(Money.ofCents(6_000));
        assertThat(allowances.reserve("cmp-alpes", "usr-1", DECEMBER, "ord-2", Money.ofCents(2_001), cap)).isEmpty();
        assertThat(allowances.reserve("cmp-alpes", "usr-1", DECEMBER, "ord-2", Money.ofCents(2_000), cap))
                .contains(Money.ofCents(2_000));
        assertThat(allowances.used("cmp-alpes", "usr-1", DECEMBER)).isEqualTo(cap);
        assertThat(allowances.used("cmp-alpes", "usr-1", DECEMBER.plusMonths(1))).isEqualTo(Money.ZERO);
    }

    @Test
    void releasingGivesBackOnceAndOnlyWhatThatOrderTook() {
        Money cap = Money.ofCents(8_000);
        allowances.reserve("cmp-alpes", "usr-1", DECEMBER, "ord-1", Money.ofCents(3_000), cap);
        allowances.reserve("cmp-alpes", "usr-1", DECEMBER, "ord-2", Money.ofCents(1_000), cap);
        allowances.release("cmp-alpes", "usr-1", DECEMBER, "ord-1");
        allowances.release("cmp-alpes", "usr-1", DECEMBER, "ord-1");
        allowances.release("cmp-alpes", "usr-1", DECEMBER, "ord-never");
        assertThat(allowances.used("cmp-alpes", "usr-1", DECEMBER)).isEqualTo(Money.ofCents(1_000));
    }

    @Test
    void ordersRacingForTheLastEurosCannotBothGetThem() throws Exception {
        Money cap = Money.ofCents(8_000);
        int racers = 10;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Money>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                String orderId = "ord-" + i;
                Callable<Optional<Money>> reserve = () -> {
                    start.await();
                    return allowances.reserve("cmp-alpes", "usr-1", DECEMBER, orderId, Money.ofCents(3_000), cap);
                };
                results.add(pool.submit(reserve));
            }
            start.countDown();
            long won = 0;
            for (Future<Optional<Money>> result : results) {
                won += result.get().isPresent() ? 1 : 0;
            }
            assertThat(won).isEqualTo(2);
            assertThat(allowances.used("cmp-alpes", "usr-1", DECEMBER)).isEqualTo(Money.ofCents(6_000));
        } finally {
            pool.shutdownNow();
        }
    }

    static Company company(String id, String siret, String domain) {
        return new Company(id, "Alpes Numérique", new Siret(siret), Set.of(domain),
                List.of(new Site("voiron-siege", "Siège", new Address("27 boulevard Edgar Kofler", "Accueil", "38500"),
                        "38563")),
                new Contract(new BigDecimal("50"), Money.ofCents(8_000), Set.of("DELIVERY"), LocalDate.of(2026, 1, 1),
                        null), NOW, null);
    }
}
