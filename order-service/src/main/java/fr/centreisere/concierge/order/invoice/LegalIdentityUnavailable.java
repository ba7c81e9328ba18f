package fr.centreisere.concierge.order.invoice;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** A member's legal identity could not be read (provider-service away): the closing issues nothing (503). */
public class LegalIdentityUnavailable extends LocalizedException {

    public LegalIdentityUnavailable(String memberId, Throwable cause) {
        super("invoice.legal-identity-unavailable", memberId);
        initCause(cause);
    }
}
