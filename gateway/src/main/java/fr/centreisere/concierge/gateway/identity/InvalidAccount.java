package fr.centreisere.concierge.gateway.identity;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** A request for an account that breaks a rule of what an account is (a field and what is wrong, as a code). */
public class InvalidAccount extends LocalizedException {

    private final String field;

    public InvalidAccount(String field, String code, Object... args) {
        super(code, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
