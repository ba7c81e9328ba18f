package fr.centreisere.concierge.order.catalog;

/** The catalog could not answer: no price can be known, so no order can be placed now. */
public class CatalogUnavailable extends RuntimeException {

    public CatalogUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
