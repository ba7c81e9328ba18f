package fr.centreisere.concierge.catalog.coverage.schedule;

import fr.centreisere.concierge.catalog.coverage.RefreshCoverage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the coverage at start-up and then every {@code catalog.coverage.refresh-interval} (60 s by
 * default). Each catalog instance refreshes on its own; the stored snapshot only ever moves forward.
 */
@Component
@ConditionalOnBooleanProperty(name = "catalog.coverage.refresh-enabled", matchIfMissing = true)
class CoverageRefreshSchedule {

    private final RefreshCoverage refreshCoverage;

    CoverageRefreshSchedule(RefreshCoverage refreshCoverage) {
        this.refreshCoverage = refreshCoverage;
    }

    @Scheduled(initialDelayString = "${catalog.coverage.initial-delay:2s}",
            fixedDelayString = "${catalog.coverage.refresh-interval:60s}")
    void refresh() {
        refreshCoverage.refresh();
    }
}
