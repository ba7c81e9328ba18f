package fr.centreisere.concierge.order.company;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** No such company, or none the caller may see (404, never 403: another company is not revealed). */
public class CompanyNotFound extends LocalizedException {

    public CompanyNotFound(String code, Object... args) {
        super(code, args);
    }

    public static CompanyNotFound id(String companyId) {
        return new CompanyNotFound("company.not-found", companyId);
    }
}
