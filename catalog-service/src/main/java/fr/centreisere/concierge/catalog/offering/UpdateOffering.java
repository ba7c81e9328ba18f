package fr.centreisere.concierge.catalog.offering;

/** A coordinator changes a service's details (its id stays). */
public class UpdateOffering {

    private final Offerings offerings;

    public UpdateOffering(Offerings offerings) {
        this.offerings = offerings;
    }

    /**
     * @throws OfferingNotFound when no service has this id
     * @throws SlugAlreadyUsed when another service has the new slug
     * @throws OfferingChangedMeanwhile when someone else updated it between our read and our write
     */
    public Offering update(String id, OfferingDetails details) {
        Offering updated = ShowOffering.find(offerings, id).update(details);
        offerings.update(updated);
        return updated;
    }
}
