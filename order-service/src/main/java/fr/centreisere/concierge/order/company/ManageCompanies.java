package fr.centreisere.concierge.order.company;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.platform.page.Page;
import org.jspecify.annotations.Nullable;

/**
 * Companies and their staff: a coordinator registers a company; a person whose e-mail matches asks to
 * join; the company admin (or a coordinator) approves or revokes. A company admin reaches only their own
 * company: any other is "not found".
 */
public class ManageCompanies {

    /** The company that matches the caller's e-mail, where they stand, and what is left of their cap. */
    public record Mine(Company company, EmployeeStatus status, @Nullable Employee employee, @Nullable Money capLeft) {
    }

    private final Companies companies;
    private final Employees employees;
    private final BillEmployer billing;
    private final Clock clock;

    public ManageCompanies(Companies companies, Employees employees, BillEmployer billing, Clock clock) {
        this.companies = companies;
        this.employees = employees;
        this.billing = billing;
        this.clock = clock;
    }

    /** A coordinator's new company. @throws CompanyConflict for a name, SIRET or e-mail domain taken */
    public Company register(Company company) {
        company.contract().checkDatesAround(
                java.time.LocalDate.ofInstant(clock.instant(), fr.centreisere.concierge.order.orders.Slot.TERRITORY_ZONE));
        for (String domain : company.emailDomains()) {
            Optional<Company> holder = companies.findByEmailDomain(domain);
            if (holder.isPresent()) {
                throw new CompanyConflict("company.domain-taken", domain, holder.get().name());
            }
        }
        return companies.insert(company);
    }

    /**
     * A coordinator changes a company: its id and registration date stay, so do its employees. {@code expectedVersion}
     * (the version the coordinator read) guards against overwriting someone else's change; null takes the current one.
     * @throws CompanyNotFound for an unknown company, CompanyConflict for a domain or SIRET taken, or a stale version
     */
    public Company change(String companyId, Company changes, @Nullable Long expectedVersion) {
        Company current = companies.find(companyId).orElseThrow(() -> CompanyNotFound.id(companyId));
        changes.contract().checkDatesAround(
                java.time.LocalDate.ofInstant(clock.instant(), fr.centreisere.concierge.order.orders.Slot.TERRITORY_ZONE));
        for (String domain : changes.emailDomains()) {
            Optional<Company> holder = companies.findByEmailDomain(domain).filter(other -> !other.id().equals(companyId));
            if (holder.isPresent()) {
                throw new CompanyConflict("company.domain-taken", domain, holder.get().name());
            }
        }
        long version = expectedVersion != null ? expectedVersion : current.version() == null ? 0 : current.version();
        return companies.update(new Company(companyId, changes.name(), changes.siret(), changes.emailDomains(), changes.sites(),
                changes.contract(), current.registeredAt(), version));
    }

    /** @throws CompanyNotFound when there is none, or the caller does not manage it */
    public Company one(CompanyCaller caller, String companyId) {
        return visible(caller, companyId);
    }

    public List<Company> all(CompanyCaller caller) {
        if (caller.coordinator()) {
            return companies.all();
        }
        return caller.adminOf() == null ? List.of() : companies.find(caller.adminOf()).stream().toList();
    }

    /** @throws CompanyNotFound when no company's domains match the caller's e-mail */
    public Mine mine(CompanyCaller caller) {
        Company company = matching(caller);
        Optional<Employee> employee = employees.find(company.id(), caller.userId());
        EmployeeStatus status = employee.map(Employee::status).orElse(EmployeeStatus.NONE);
        Money left = status == EmployeeStatus.APPROVED ? billing.capLeft(company, caller.userId(), clock.instant()) : null;
        return new Mine(company, status, employee.orElse(null), left);
    }

    /** Asks to join the matching company: {@code PENDING}, or unchanged when asked before. */
    public Mine join(CompanyCaller caller) {
        Company company = matching(caller);
        Optional<Employee> existing = employees.find(company.id(), caller.userId());
        if (existing.isPresent()) {
            existing.get().asksAgain();
        } else {
            // a concurrent join of the same person inserted first: theirs stands, both answer PENDING
            employees.insert(Employee.asksToJoin(company, caller, clock.instant()));
        }
        return mine(caller);
    }

    public Page<Employee> employees(CompanyCaller caller, String companyId, int page, int size) {
        visible(caller, companyId);
        return employees.list(companyId, page, size);
    }

    public Employee approve(CompanyCaller caller, String companyId, String userId) {
        return decide(caller, companyId, userId, true);
    }

    public Employee revoke(CompanyCaller caller, String companyId, String userId) {
        return decide(caller, companyId, userId, false);
    }

    private Employee decide(CompanyCaller caller, String companyId, String userId, boolean approve) {
        Company company = visible(caller, companyId);
        Employee employee = employees.find(companyId, userId).orElseThrow(() -> new CompanyNotFound(
                "company.employee.not-found", userId));
        if (approve) {
            employee.approve(company.name(), caller.userId(), clock.instant());
        } else {
            employee.revoke(company.name(), caller.userId(), clock.instant());
        }
        return employees.update(employee);
    }

    private Company visible(CompanyCaller caller, String companyId) {
        return companies.find(companyId).filter(company -> caller.manages(company.id()))
                .orElseThrow(() -> CompanyNotFound.id(companyId));
    }

    private Company matching(CompanyCaller caller) {
        return Company.domainOf(caller.email()).flatMap(companies::findByEmailDomain)
                .orElseThrow(() -> new CompanyNotFound("company.no-match-for-email"));
    }
}
