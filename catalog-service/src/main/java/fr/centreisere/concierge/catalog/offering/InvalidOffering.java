package fr.centreisere.concierge.catalog.offering;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** A service's details break one of its rules; names the field at fault and what is wrong, as a code. */
public class InvalidOffering extends LocalizedException {

    private final String field;

    public InvalidOffering(String field, String code, Object... args) {
        super(code, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
