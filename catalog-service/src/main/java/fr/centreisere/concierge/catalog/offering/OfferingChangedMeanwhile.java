package fr.centreisere.concierge.catalog.offering;

/** The service changed between reading it and storing an update: the update is refused, to be retried. */
public class OfferingChangedMeanwhile extends RuntimeException {

    public OfferingChangedMeanwhile(OfferingId id) {
        super("le service %s a été modifié entre-temps, rechargez-le / service %s was changed meanwhile, reload it"
                .formatted(id, id));
    }
}
