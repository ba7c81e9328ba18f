package fr.centreisere.concierge.order.orders;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** The caller may see the order but not do that to it (403). */
public class ActionNotAllowed extends LocalizedException {

    public ActionNotAllowed(String code, Object... args) {
        super(code, args);
    }
}
