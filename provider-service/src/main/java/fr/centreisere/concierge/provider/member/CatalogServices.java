package fr.centreisere.concierge.provider.member;

/** The catalog, owner of the services a capability names (port). Nothing of it is cached here. */
public interface CatalogServices {

    /**
     * Whether the catalog has a service with this id (active or not).
     *
     * @throws CatalogUnavailable when the catalog does not answer, answers an error or its breaker is open
     */
    boolean exists(String serviceId);

    /**
     * The catalog's active services, every page of its public list.
     *
     * @throws CatalogUnavailable when the catalog does not answer, answers an error or its breaker is open
     */
    java.util.List<Service> active();

    /** A service as the catalog names it. */
    record Service(String id, String titleFr, String titleEn, String category) {
    }

    /** The catalog could not say: the change that needed it is not made (503). */
    class CatalogUnavailable extends RuntimeException {
        public CatalogUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
