package fr.centreisere.concierge.catalog.offering;

import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.catalog.category.CommissionRates;
import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import fr.centreisere.concierge.catalog.territory.Commune;
import fr.centreisere.concierge.catalog.territory.Communes;

/**
 * The offer order-service prices an order with. A commune outside the territory is simply not covered:
 * order-service turns that into its own refusal.
 */
public class ShowOffer {

    private final Offerings offerings;
    private final KnownCoverage coverage;
    private final CommissionRates commissionRates;
    private final Communes communes;

    public ShowOffer(Offerings offerings, KnownCoverage coverage, CommissionRates commissionRates, Communes communes) {
        this.offerings = offerings;
        this.coverage = coverage;
        this.commissionRates = commissionRates;
        this.communes = communes;
    }

    /** @throws OfferingNotFound when no service has this id */
    public Offer show(String id, String commune) {
        Offering offering = ShowOffering.find(offerings, id);
        Optional<CoverageSnapshot> snapshot = coverage.latest();
        boolean available = snapshot.map(known -> known.covers(offering.id().value(), commune)).orElse(false);
        // the postal codes let order-service check an address without a second call, the name lets it say which
        Optional<Commune> known = communes.find(commune);
        return new Offer(offering, available, commissionRates.percentFor(offering.details().category()),
                snapshot.map(CoverageSnapshot::asOf), known.map(Commune::postalCodes).orElse(List.of()),
                known.map(Commune::name));
    }
}
