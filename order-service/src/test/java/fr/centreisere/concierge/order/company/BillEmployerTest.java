package fr.centreisere.concierge.order.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.CompanyBilling.CompanyCharge;
import fr.centreisere.concierge.order.orders.OrderRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BillEmployerTest {

    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static final LocalDate SLOT = LocalDate.of(2026, 12, 4);

    final CompanyFixtures.InMemoryCompanies companies = new CompanyFixtures.InMemoryCompanies();
    final CompanyFixtures.InMemoryEmployees employees = new CompanyFixtures.InMemoryEmployees();
    final CompanyFixtures.InMemoryAllowances allowances = new CompanyFixtures.InMemoryAllowances();
    final BillEmployer billing = new BillEmployer(companies, employees, allowances);

    @BeforeEach
    void anApprovedEmployee() {
        companies.insert(CompanyFixtures.company());
        Employee employee = Employee.asksToJoin(CompanyFixtures.company(), CompanyFixtures.employee("usr-1"), NOW);
        employee.approve("usr-admin", NOW);
        employees.insert(employee);
    }

    @Test
    void theEmployerPaysItsShareAndTheAllowanceRemembersIt() {
        CompanyCharge charge = billing.charge("ord-1", "usr-1", "DELIVERY", SLOT, Money.ofCents(4_200), NOW);
        assertThat(charge).isEqualTo(new CompanyCharge(CompanyFixtures.COMPANY, Money.ofCents(2_100)));
        assertThat(billing.capLeft(CompanyFixtures.company(), "usr-1", NOW)).isEqualTo(Money.ofCents(5_900));
    }

    @Test
    void theSameOrderTwiceReservesOnce() {
        billing.charge("ord-1", "usr-1", "DELIVERY", SLOT, Money.ofCents(4_200), NOW);
        CompanyCharge again = billing.charge("ord-1", "usr-1", "DELIVERY", SLOT, Money.ofCents(4_200), NOW);
        assertThat(again.employerShare()).isEqualTo(Money.ofCents(2_100));
        assertThat(allowances.used(CompanyFixtures.COMPANY, "usr-1", YearMonth.of(2026, 12))).isEqualTo(Money.ofCents(2_100));
    }

    @Test
    void anOrderCrossingTheCapIsSplitAtItAndTheNextPaysNothing() {
        billing.charge("ord-1", "usr-1", "DELIVERY", SLOT, Money.ofCents(12_000), NOW); // 60.00 €
        CompanyCharge crossing = billing.charge("ord-2", "usr-1", "DELIVERY", SLOT, Money.ofCents(8_400), NOW);
        assertThat(crossing.employerShare()).isEqualTo(Money.ofCents(2_000));
        CompanyCharge beyond = billing.charge("ord-3", "usr-1", "DELIVERY", SLOT, Money.ofCents(1_000), NOW);
        assertThat(beyond.employerShare()).isEqualTo(Money.ZERO);
        assertThat(billing.capLeft(CompanyFixtures.company(), "usr-1", NOW)).isEqualTo(Money.ZERO);
    }

    @Test
    void theCapMonthTurnsAtMidnightParisTime() {
        // 30 November 23:30 UTC is 1 December 00:30 in Paris: December's cap
        assertThat(BillEmployer.capMonth(Instant.parse("2026-11-30T23:30:00Z"))).isEqualTo(YearMonth.of(2026, 12));
        assertThat(BillEmployer.capMonth(Instant.parse("2026-11-30T22:59:59Z"))).isEqualTo(YearMonth.of(2026, 11));
        // summer time: 31 July 22:00 UTC is 1 August 00:00 in Paris
        assertThat(BillEmployer.capMonth(Instant.parse("2026-07-31T22:00:00Z"))).isEqualTo(YearMonth.of(2026, 8));
        assertThat(BillEmployer.capMonth(Instant.parse("2026-07-31T21:59:59Z"))).isEqualTo(YearMonth.of(2026, 7));

        billing.charge("ord-nov", "usr-1", "DELIVERY", SLOT, Money.ofCents(16_000), Instant.parse("2026-11-30T22:59:59Z"));
        CompanyCharge december = billing.charge("ord-dec", "usr-1", "DELIVERY", SLOT, Money.ofCents(4_000),
                Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(december.employerShare()).isEqualTo(Money.ofCents(2_000)); // a fresh cap
    }

    @Test
    void releasingGivesTheShareBackOnce() {
        billing.charge("ord-1", "usr-1", "DELIVERY", SLOT, Money.ofCents(16_000), NOW);
        billing.release("ord-1", "usr-1", CompanyFixtures.COMPANY, NOW);
        billing.release("ord-1", "usr-1", CompanyFixtures.COMPANY, NOW);
        assertThat(billing.capLeft(CompanyFixtures.company(), "usr-1", NOW)).isEqualTo(Money.ofCents(8_000));
    }

    @Test
    void theContractMustBeValidOnTheSlotDay() {
        assertThatThrownBy(() -> billing.charge("ord-1", "usr-1", "DELIVERY", LocalDate.of(2027, 1, 1),
                Money.ofCents(1_000), NOW)).isInstanceOf(OrderRefused.class).hasMessageContaining("2027-01-01");
        assertThat(billing.charge("ord-2", "usr-1", "DELIVERY", LocalDate.of(2026, 12, 31), Money.ofCents(1_000), NOW)
                .employerShare()).isEqualTo(Money.ofCents(500));
    }

    @Test
    void theCategoryMustBeIncluded() {
        assertThatThrownBy(() -> billing.charge("ord-1", "usr-1", "GARDENING", SLOT, Money.ofCents(1_000), NOW))
                .isInstanceOf(OrderRefused.class).hasMessageContaining("GARDENING");
    }

    @Test
    void onlyAnApprovedEmployeeMayBillTheCompany() {
        Employee pending = Employee.asksToJoin(CompanyFixtures.company(), CompanyFixtures.employee("usr-2"), NOW);
        employees.insert(pending);
        assertThatThrownBy(() -> billing.charge("ord-1", "usr-2", "DELIVERY", SLOT, Money.ofCents(1_000), NOW))
                .isInstanceOf(OrderRefused.class);
        assertThatThrownBy(() -> billing.charge("ord-1", "usr-nobody", "DELIVERY", SLOT, Money.ofCents(1_000), NOW))
                .isInstanceOf(OrderRefused.class);
        employees.find(CompanyFixtures.COMPANY, "usr-1").orElseThrow().revoke("usr-admin", NOW);
        assertThatThrownBy(() -> billing.charge("ord-1", "usr-1", "DELIVERY", SLOT, Money.ofCents(1_000), NOW))
                .isInstanceOf(OrderRefused.class);
    }

    @Test
    void aSiteOfTheEmployerGivesTheDeliveryAddress() {
        assertThat(billing.site("usr-1", "voiron-siege").communeInsee()).isEqualTo("38563");
        assertThatThrownBy(() -> billing.site("usr-1", "nowhere")).isInstanceOf(OrderRefused.class);
    }
}
