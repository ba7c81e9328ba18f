package fr.centreisere.concierge.order.company;

import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.platform.page.Page;

/** Where memberships are kept: one per (company, person); every change is conditional on its version. */
public interface Employees {

    Optional<Employee> find(String companyId, String userId);

    /** The person's approved membership, if any. */
    Optional<Employee> findApproved(String userId);

    /**
     * Stores a new membership.
     *
     * @return false when that person already has one with that company (a concurrent join)
     */
    boolean insert(Employee employee);

    /** @throws CompanyConflict when it changed since it was read */
    Employee update(Employee employee);

    /** A company's memberships, by request date, and how many there are in all. */
    Page<Employee> list(String companyId, int page, int size);
}
