package fr.centreisere.concierge.catalog.offering;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** The service changed between reading it and storing an update: the update is refused, to be retried. */
public class OfferingChangedMeanwhile extends LocalizedException {

    public OfferingChangedMeanwhile(OfferingId id) {
        super("offering.changed-meanwhile", id);
    }
}
