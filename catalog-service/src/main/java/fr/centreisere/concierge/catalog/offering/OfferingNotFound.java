package fr.centreisere.concierge.catalog.offering;

/** No service of the catalog has this id. */
public class OfferingNotFound extends RuntimeException {

    public OfferingNotFound(String id) {
        super("aucun service « %s » au catalogue / no service %s in the catalog".formatted(id, id));
    }
}
