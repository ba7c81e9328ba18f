package fr.centreisere.concierge.order.fill;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.order.catalog.ServiceOffer;
import fr.centreisere.concierge.order.company.Allowances;
import fr.centreisere.concierge.order.company.BillEmployer;
import fr.centreisere.concierge.order.company.Companies;
import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.company.Employee;
import fr.centreisere.concierge.order.company.EmployeeStatus;
import fr.centreisere.concierge.order.company.Employees;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.ReplayOrder;
import fr.centreisere.concierge.order.orders.mongo.BulkOrders;
import fr.centreisere.concierge.platform.fill.FillCatalog;
import fr.centreisere.concierge.platform.fill.FillPlan;
import fr.centreisere.concierge.platform.fill.FillJvm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Writes the orders of a planned batch: the residents who work for a demo company become its approved
 * employees, their orders in the contract's categories are billed to it (the employer's share within
 * what is left of the month's cap, reserved on the allowance as an order placed then would have), and
 * every order is made by {@link ReplayOrder} and inserted in bulk.
 */
@Component
@Profile(FillJvm.PROFILE)
public class FillOrders {

    private static final Logger log = LoggerFactory.getLogger(FillOrders.class);

    private final Companies companies;
    private final Employees employees;
    private final Allowances allowances;
    private final BulkOrders bulk;
    private final Path planFile;
    private final Path catalogSeed;
    private final BigDecimal commission;

    FillOrders(Companies companies, Employees employees, Allowances allowances, BulkOrders bulk,
            @Value("${concierge.fill.plan}") Path planFile, @Value("${concierge.fill.catalog-seed}") Path catalogSeed,
            @Value("${concierge.fill.commission-percent:8}") BigDecimal commission) {
        this.companies = companies;
        this.employees = employees;
        this.allowances = allowances;
        this.bulk = bulk;
        this.planFile = planFile;
        this.catalogSeed = catalogSeed;
        this.commission = commission;
    }

    /** What was written. */
    public record Written(int orders, int employees, int allowances) {
    }

    public Written fill() {
        long started = System.nanoTime();
        FillPlan plan = FillPlan.read(planFile);
        FillCatalog catalog = FillCatalog.read(catalogSeed, commission);
        Map<String, FillCatalog.Commune> communes = catalog.communesByInsee();
        Map<String, Company> contracts = new HashMap<>();
        int employeesAdded = 0;
        for (FillPlan.Resident resident : plan.residents()) {
            if (resident.companyId() == null) {
                continue;
            }
            Company company = contracts.computeIfAbsent(resident.companyId(), id -> companies.find(id).orElseThrow(
                    () -> new IllegalStateException("the company " + id + " is not stored: run with the demo profile")));
            var asked = plan.header().madeAt().minus(Duration.ofDays(400));
            if (employees.insert(new Employee(company.id(), resident.userId(), resident.email(), resident.displayName(),
                    EmployeeStatus.APPROVED, asked, asked.plus(Duration.ofHours(3)), "usr-demo-company-admin", null))) {
                employeesAdded++;
            }
        }
        Map<String, Money> used = new HashMap<>();
        int reserved = 0;
        List<Order> orders = new ArrayList<>(plan.orders().size());
        for (FillPlan.PlannedOrder planned : plan.orders()) {
            FillCatalog.Service service = catalog.service(planned.serviceId()).orElseThrow();
            FillCatalog.Commune commune = communes.get(planned.communeInsee());
            ServiceOffer offer = new ServiceOffer(service.id(), service.titleFr(), service.titleEn(), service.category(),
                    service.priceModel(), service.unitPriceCents(), service.vatRatePercent(), service.minQuantity(),
                    service.maxQuantity(), service.leadTimeHours(), ServiceOffer.Audience.valueOf(service.audience()),
                    true, true, catalog.commissionRatePercent(), commune.postalCodes(), commune.name());
            Company company = planned.companyId() == null ? null : contracts.get(planned.companyId());
            if (company == null) {
                orders.add(ReplayOrder.of(planned, offer, null, Money.ZERO));
                continue;
            }
            Order probe = ReplayOrder.of(planned, offer, company.id(), Money.ZERO);
            YearMonth month = BillEmployer.capMonth(planned.createdAt());
            String key = company.id() + "|" + planned.customerUserId() + "|" + month;
            Money usedSoFar = used.getOrDefault(key, Money.ZERO);
            Money share = company.contract().employerShare(probe.price().total(), usedSoFar);
            if (planned.cancelledAt() == null && share.cents() > 0) {
                // as PlaceOrder: the share is reserved on the month's allowance (a cancellation gives it back)
                Money got = allowances.reserve(company.id(), planned.customerUserId(), month,
                        probe.idempotencyKey() + "|" + probe.requestFingerprint(), share, company.contract().monthlyCapPerEmployee()).orElse(Money.ZERO);
                share = got;
                used.put(key, usedSoFar.plus(got));
                reserved++;
            }
            orders.add(ReplayOrder.of(planned, offer, company.id(), share));
        }
        int written = bulk.insert(orders);
        log.info("fill batch {} order-service: orders {}, company_employees {}, company_allowances reservations {} "
                + "({} ms)", plan.header().batch(), written, employeesAdded, reserved,
                (System.nanoTime() - started) / 1_000_000);
        return new Written(written, employeesAdded, reserved);
    }
}
