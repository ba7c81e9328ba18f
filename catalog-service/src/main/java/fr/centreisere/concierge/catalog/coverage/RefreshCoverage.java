package fr.centreisere.concierge.catalog.coverage;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks provider-service for the current coverage and keeps it. When provider-service cannot answer, the
 * last known coverage stays as it is and keeps being served, with its age.
 */
public class RefreshCoverage {

    private static final Logger log = LoggerFactory.getLogger(RefreshCoverage.class);

    private final LiveCoverage live;
    private final KnownCoverage known;

    public RefreshCoverage(LiveCoverage live, KnownCoverage known) {
        this.live = live;
        this.known = known;
    }

    /** @return the coverage the catalog now serves (empty if it never received one) */
    public Optional<CoverageSnapshot> refresh() {
        try {
            CoverageSnapshot fresh = live.fetch();
            if (known.remember(fresh)) {
                log.debug("Coverage as of {} kept ({} services covered)", fresh.asOf(), fresh.communesByService().size());
            }
        } catch (CoverageUnavailable unavailable) {
            log.warn("Coverage not refreshed, serving the last known one: {}", unavailable.getMessage());
        }
        return known.latest();
    }
}
