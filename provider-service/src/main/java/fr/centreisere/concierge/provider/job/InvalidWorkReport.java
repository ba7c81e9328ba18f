package fr.centreisere.concierge.provider.job;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** A completion report that breaks a business rule (answered with 422). */
public class InvalidWorkReport extends LocalizedException {

    public InvalidWorkReport(String code, Object... args) {
        super(code, args);
    }
}
