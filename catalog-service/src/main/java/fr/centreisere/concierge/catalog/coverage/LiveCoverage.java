package fr.centreisere.concierge.catalog.coverage;

/** What provider-service says the coverage is right now. */
public interface LiveCoverage {

    /** @throws CoverageUnavailable when provider-service cannot answer (down, slow, failing, breaker open) */
    CoverageSnapshot fetch();
}
