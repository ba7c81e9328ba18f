package fr.centreisere.concierge.order.company;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** A business rule refuses the request (422); its text is a code of the bundles with its arguments. */
public class CompanyRefused extends LocalizedException {

    public CompanyRefused(String code, Object... args) {
        super(code, args);
    }
}
