package fr.centreisere.concierge.gateway.identity;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** A staff account bound to a member structure or a company that does not exist (422). */
public class UnknownBinding extends LocalizedException {

    private final String field;

    public UnknownBinding(String field, String code, Object... args) {
        super(code, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
