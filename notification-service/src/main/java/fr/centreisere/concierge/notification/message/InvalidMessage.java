package fr.centreisere.concierge.notification.message;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** A message that cannot be written as given: which field, and what is wrong (a code of the bundles). */
public class InvalidMessage extends LocalizedException {

    private final String field;

    public InvalidMessage(String field, String code, Object... args) {
        super(code, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
