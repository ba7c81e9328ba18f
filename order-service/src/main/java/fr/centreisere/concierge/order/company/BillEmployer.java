package fr.centreisere.concierge.order.company;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Address;
import fr.centreisere.concierge.order.orders.CompanyBilling;
import fr.centreisere.concierge.order.orders.OrderRefused;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.order.orders.Visit;

/**
 * The company contracts, as orders see them. An order may be billed to a company only by an
 * {@code APPROVED} employee, when the contract is valid on the slot's day and includes the service's
 * category. The employer's share uses the employee's cap of the month the order is placed in (Europe/Paris);
 * it is reserved by a conditional update, retried when another order of the same employee got there first.
 */
public class BillEmployer implements CompanyBilling {

    private static final int ATTEMPTS = 10;

    private final Companies companies;
    private final Employees employees;
    private final Allowances allowances;

    public BillEmployer(Companies companies, Employees employees, Allowances allowances) {
        this.companies = companies;
        this.employees = employees;
        this.allowances = allowances;
    }

    /** The month whose cap an order placed at {@code placedAt} uses: its month in Paris. */
    public static YearMonth capMonth(Instant placedAt) {
        return YearMonth.from(placedAt.atZone(Slot.TERRITORY_ZONE));
    }

    @Override
    public DeliverySite site(String userId, String siteId) {
        Company company = employerOf(userId);
        Site site = company.site(siteId).orElseThrow(() -> new OrderRefused("company.site-unknown", company.name(),
                siteId));
        return new DeliverySite(site.id(), site.communeInsee(), site.address());
    }

    @Override
    public Optional<Visit.CompanySite> siteAt(String companyId, Address address) {
        return companies.find(companyId).flatMap(company -> company.sites().stream()
                .filter(site -> site.address().equals(address)).findFirst()
                .map(site -> new Visit.CompanySite(site.name(), company.name())));
    }

    @Override
    public CompanyCharge charge(String reservation, String userId, String category, LocalDate slotDate, Money total,
            Instant now) {
        Company company = employerOf(userId);
        Contract contract = company.contract();
        checkCovers(company, category, slotDate);
        YearMonth month = capMonth(now);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Money used = allowances.used(company.id(), userId, month);
            Money share = contract.employerShare(total, used);
            Optional<Money> reserved = allowances.reserve(company.id(), userId, month, reservation, share,
                    contract.monthlyCapPerEmployee());
            if (reserved.isPresent()) {
                return new CompanyCharge(company.id(), reserved.get());
            }
        }
        throw new CompanyConflict("company.cap-busy");
    }

    @Override
    public void checkContractCovers(String companyId, String category, LocalDate slotDate) {
        Company company = companies.find(companyId).orElseThrow(() -> new OrderRefused("company.gone", companyId));
        checkCovers(company, category, slotDate);
    }

    private static void checkCovers(Company company, String category, LocalDate slotDate) {
        Contract contract = company.contract();
        if (!contract.validOn(slotDate)) {
            throw new OrderRefused("company.contract.not-valid-on", company.name(), slotDate);
        }
        if (!contract.includes(category)) {
            throw new OrderRefused("company.contract.category-not-included", company.name(), category);
        }
    }

    @Override
    public void release(String reservation, String userId, String companyId, Instant placedAt) {
        allowances.release(companyId, userId, capMonth(placedAt), reservation);
    }

    /** What is left of the employee's cap in the month of {@code now}. */
    public Money capLeft(Company company, String userId, Instant now) {
        return company.contract().capLeft(allowances.used(company.id(), userId, capMonth(now)));
    }

    private Company employerOf(String userId) {
        return employees.findApproved(userId).flatMap(employee -> companies.find(employee.companyId()))
                .orElseThrow(() -> new OrderRefused("company.not-approved-employee"));
    }
}
