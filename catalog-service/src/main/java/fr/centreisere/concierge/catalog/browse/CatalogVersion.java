package fr.centreisere.concierge.catalog.browse;

/**
 * A counter in the store that every change of the catalog (a service, the communes, the coverage) raises, so
 * that each catalog instance can tell with one read by id whether its in-memory snapshot is still current.
 */
public interface CatalogVersion {

    /** The store's current version (0 before any change was counted). */
    long current();

    /** Raises the version after a change; returns the new one. */
    long raise();
}
