package fr.centreisere.concierge.provider.member;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** The caller's role does not allow this action (answered with 403). */
public class AccessDenied extends LocalizedException {

    public AccessDenied(String code, Object... args) {
        super(code, args);
    }
}
