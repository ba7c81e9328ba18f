package fr.centreisere.concierge.catalog.coverage;

import java.util.Optional;

/** The port's contract in memory, for use-case tests. */
public class InMemoryKnownCoverage implements KnownCoverage {

    private CoverageSnapshot latest;

    @Override
    public Optional<CoverageSnapshot> latest() {
        return Optional.ofNullable(latest);
    }

    @Override
    public boolean remember(CoverageSnapshot snapshot) {
        if (latest != null && !snapshot.isNewerThan(latest)) {
            return false;
        }
        latest = snapshot;
        return true;
    }
}
