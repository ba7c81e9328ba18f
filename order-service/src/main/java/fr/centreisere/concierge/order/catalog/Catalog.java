package fr.centreisere.concierge.order.catalog;

import java.util.Optional;

/** The catalog, as order-service needs it: today's offer of a service in a commune. */
public interface Catalog {

    /**
     * @return the offer, or nothing when the catalog does not know the service
     * @throws CatalogUnavailable when the catalog cannot answer now (down, slow, circuit open)
     */
    Optional<ServiceOffer> offer(String serviceId, String communeInsee);
}
