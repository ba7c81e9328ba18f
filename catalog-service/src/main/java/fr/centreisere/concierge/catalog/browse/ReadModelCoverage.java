package fr.centreisere.concierge.catalog.browse;

import java.util.Optional;

import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;

/** The last known coverage: read from the read model, kept in the store (and then the read model told). */
public class ReadModelCoverage implements KnownCoverage {

    private final KnownCoverage store;
    private final CatalogReadModel model;

    public ReadModelCoverage(KnownCoverage store, CatalogReadModel model) {
        this.store = store;
        this.model = model;
    }

    @Override
    public Optional<CoverageSnapshot> latest() {
        return model.current().coverage();
    }

    @Override
    public boolean remember(CoverageSnapshot snapshot) {
        boolean kept = store.remember(snapshot);
        if (kept) {
            model.changed();
        }
        return kept;
    }
}
