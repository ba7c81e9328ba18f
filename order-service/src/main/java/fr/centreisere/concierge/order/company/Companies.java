package fr.centreisere.concierge.order.company;

import java.util.List;
import java.util.Optional;

/** Where companies are kept. */
public interface Companies {

    /**
     * @throws CompanyConflict when the id (its name) or the SIRET is already registered
     */
    Company insert(Company company);

    Optional<Company> find(String companyId);

    /** The company whose e-mail domains include {@code domain} (lower case). */
    Optional<Company> findByEmailDomain(String domain);

    List<Company> all();

    /**
     * Replaces what the company says about itself (name, SIRET, domains, sites, contract), if its stored
     * version is still {@code changed.version()}; answers it with the next version.
     * @throws CompanyConflict when it changed since that version, or the SIRET is another company's
     */
    Company update(Company changed);
}
