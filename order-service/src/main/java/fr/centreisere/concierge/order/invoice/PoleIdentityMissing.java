package fr.centreisere.concierge.order.invoice;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** The pole's identity is not configured ({@code concierge.pole.*}): no invoice can be issued (503). */
public class PoleIdentityMissing extends LocalizedException {

    public PoleIdentityMissing(String missing) {
        super("invoice.pole-identity-missing", missing);
    }
}
