package fr.centreisere.concierge.order.company.seed;

import java.time.Clock;
import java.time.Instant;

import fr.centreisere.concierge.order.company.Allowances;
import fr.centreisere.concierge.order.company.BillEmployer;
import fr.centreisere.concierge.order.company.Companies;
import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.company.CompanyConflict;
import fr.centreisere.concierge.order.company.Employee;
import fr.centreisere.concierge.order.company.Employees;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.CompanyBilling;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.Orders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the {@code demo} profile only: inserts the seed companies, memberships and past orders that are
 * absent (by their fixed ids); what is there already is left alone, so a restart changes nothing. A past
 * order reserves its employer's share on the allowance of its month first (idempotent per order), then
 * is written as a completed order with nothing left in its outbox (never dispatched).
 */
@Component
@Profile("demo")
class SeedCompaniesAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedCompaniesAtStartup.class);

    private final Companies companies;
    private final Employees employees;
    private final Allowances allowances;
    private final Orders orders;
    private final Clock clock;

    SeedCompaniesAtStartup(Companies companies, Employees employees, Allowances allowances, Orders orders,
            Clock clock) {
        this.companies = companies;
        this.employees = employees;
        this.allowances = allowances;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        int companiesAdded = 0;
        for (Company company : SeedCompanies.companies(now)) {
            if (companies.find(company.id()).isEmpty()) {
                try {
                    companies.insert(company);
                    companiesAdded++;
                } catch (CompanyConflict anotherInstanceFirst) {
                    // inserted meanwhile: fine
                }
            }
        }
        int employeesAdded = 0;
        for (Employee employee : SeedCompanies.employees(now)) {
            if (employees.find(employee.companyId(), employee.userId()).isEmpty() && employees.insert(employee)) {
                employeesAdded++;
            }
        }
        Company demo = companies.find(SeedCompanies.DEMO_COMPANY).orElseThrow();
        int ordersAdded = 0;
        for (SeedCompanies.PastOrder past : SeedCompanies.pastOrders(now)) {
            if (orders.find(past.id()).isPresent()) {
                continue;
            }
            Order probe = past.toOrder(Money.ZERO);
            Money used = allowances.used(demo.id(), SeedCompanies.DEMO_EMPLOYEE, BillEmployer.capMonth(past.placedAt()));
            Money share = demo.contract().employerShare(probe.price().total(), used);
            Money reserved = allowances.reserve(demo.id(), SeedCompanies.DEMO_EMPLOYEE,
                    BillEmployer.capMonth(past.placedAt()),
                    CompanyBilling.reservationOf(probe.idempotencyKey(), probe.requestFingerprint()), share, demo.contract().monthlyCapPerEmployee())
                    .orElse(Money.ZERO);
            try {
                orders.insert(past.toOrder(reserved));
                ordersAdded++;
            } catch (Orders.IdempotencyKeyTaken anotherInstanceFirst) {
                // written meanwhile: fine
            }
        }
        log.info("Demo companies: {} companies, {} employees, {} past orders added", companiesAdded, employeesAdded,
                ordersAdded);
    }
}
