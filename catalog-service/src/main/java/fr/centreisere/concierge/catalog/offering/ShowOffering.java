package fr.centreisere.concierge.catalog.offering;

import java.util.Optional;

import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import fr.centreisere.concierge.catalog.territory.Communes;
import fr.centreisere.concierge.catalog.territory.UnknownCommune;

/** One service, and optionally whether it can be delivered in a commune of the territory. */
public class ShowOffering {

    private final Offerings offerings;
    private final Communes communes;
    private final KnownCoverage coverage;

    public ShowOffering(Offerings offerings, Communes communes, KnownCoverage coverage) {
        this.offerings = offerings;
        this.communes = communes;
        this.coverage = coverage;
    }

    /**
     * @throws OfferingNotFound when no service has this id
     * @throws UnknownCommune when a commune is given that is not one of the territory's
     */
    public OfferingAvailability show(String id, Optional<String> commune) {
        Offering offering = find(offerings, id);
        commune.filter(code -> !communes.exists(code)).ifPresent(code -> {
            throw new UnknownCommune(code);
        });
        Optional<CoverageSnapshot> snapshot = coverage.latest();
        Optional<Boolean> available = commune.map(code -> snapshot
                .map(known -> known.covers(offering.id().value(), code)).orElse(false));
        return new OfferingAvailability(offering, available, snapshot.map(CoverageSnapshot::asOf));
    }

    static Offering find(Offerings offerings, String id) {
        if (!OfferingId.isWellFormed(id)) {
            throw new OfferingNotFound(id);
        }
        return offerings.find(new OfferingId(id)).orElseThrow(() -> new OfferingNotFound(id));
    }
}
