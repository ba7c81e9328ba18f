package fr.centreisere.concierge.catalog.coverage;

import java.util.Optional;

/** The last coverage the catalog received, kept in its own database so that a restart keeps it. */
public interface KnownCoverage {

    /** Empty until a coverage has been fetched once. */
    Optional<CoverageSnapshot> latest();

    /**
     * Keeps the snapshot unless a newer one is already kept (several catalog instances refresh independently).
     *
     * @return whether it was kept
     */
    boolean remember(CoverageSnapshot snapshot);
}
