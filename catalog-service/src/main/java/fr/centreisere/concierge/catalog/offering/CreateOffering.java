package fr.centreisere.concierge.catalog.offering;

/** A coordinator adds a service to the catalog; its id is {@code svc-<slug>}. */
public class CreateOffering {

    private final Offerings offerings;

    public CreateOffering(Offerings offerings) {
        this.offerings = offerings;
    }

    /** @throws SlugAlreadyUsed when the slug (or the id made from it) is taken */
    public Offering create(OfferingDetails details) {
        Offering offering = Offering.create(details);
        offerings.add(offering);
        return offering;
    }
}
