package fr.centreisere.concierge.order.company;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** The request clashes with what exists (409): a forbidden transition, a SIRET or domain already taken. */
public class CompanyConflict extends LocalizedException {

    public CompanyConflict(String code, Object... args) {
        super(code, args);
    }
}
