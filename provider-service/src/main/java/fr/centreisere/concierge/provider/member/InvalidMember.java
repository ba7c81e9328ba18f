package fr.centreisere.concierge.provider.member;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** A member or capability that breaks a business rule (answered with 422). */
public class InvalidMember extends LocalizedException {

    public InvalidMember(String code, Object... args) {
        super(code, args);
    }
}
