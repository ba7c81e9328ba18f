package fr.centreisere.concierge.catalog.coverage.schedule;

import fr.centreisere.concierge.catalog.coverage.RefreshCoverage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the coverage at start-up ({@code catalog.coverage.initial-delay}, 2 s) and then every
 * {@code catalog.coverage.refresh-interval} (60 s by default). Until the catalog serves a coverage at all (a new
 * installation, whose provider-service is still starting), it asks again every
 * {@code catalog.coverage.first-fetch-retry} (2 s), not a whole interval later: until then every order would be
 * refused, and the catalog is not ready (its readiness holds the {@code coverage} check). Each catalog instance
 * refreshes on its own; the stored snapshot only ever moves forward.
 */
@Component
@ConditionalOnBooleanProperty(name = "catalog.coverage.refresh-enabled", matchIfMissing = true)
class CoverageRefreshSchedule {

    private final RefreshCoverage refreshCoverage;

    /** Once a coverage is served it stays served (a failed refresh keeps the last one): no more quick retries. */
    private volatile boolean served;

    CoverageRefreshSchedule(RefreshCoverage refreshCoverage) {
        this.refreshCoverage = refreshCoverage;
    }

    @Scheduled(initialDelayString = "${catalog.coverage.refresh-interval:60s}",
            fixedDelayString = "${catalog.coverage.refresh-interval:60s}")
    void refresh() {
        served |= refreshCoverage.refresh().isPresent();
    }

    /** The first refresh, at start-up, and its quick retries while none succeeded and nothing was stored before. */
    @Scheduled(initialDelayString = "${catalog.coverage.initial-delay:2s}",
            fixedDelayString = "${catalog.coverage.first-fetch-retry:2s}")
    void refreshUntilServed() {
        if (!served) {
            refresh();
        }
    }
}
