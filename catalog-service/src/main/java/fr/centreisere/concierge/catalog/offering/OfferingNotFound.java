package fr.centreisere.concierge.catalog.offering;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** No service of the catalog has this id. */
public class OfferingNotFound extends LocalizedException {

    public OfferingNotFound(String id) {
        super("offering.not-found", id);
    }
}
