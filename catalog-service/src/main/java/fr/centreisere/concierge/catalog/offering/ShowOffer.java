package fr.centreisere.concierge.catalog.offering;

import java.util.Optional;

import fr.centreisere.concierge.catalog.category.CommissionRates;
import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;

/**
 * The offer order-service prices an order with. A commune outside the territory is simply not covered:
 * order-service turns that into its own refusal.
 */
public class ShowOffer {

    private final Offerings offerings;
    private final KnownCoverage coverage;
    private final CommissionRates commissionRates;

    public ShowOffer(Offerings offerings, KnownCoverage coverage, CommissionRates commissionRates) {
        this.offerings = offerings;
        this.coverage = coverage;
        this.commissionRates = commissionRates;
    }

    /** @throws OfferingNotFound when no service has this id */
    public Offer show(String id, String commune) {
        Offering offering = ShowOffering.find(offerings, id);
        Optional<CoverageSnapshot> snapshot = coverage.latest();
        boolean available = snapshot.map(known -> known.covers(offering.id().value(), commune)).orElse(false);
        return new Offer(offering, available, commissionRates.percentFor(offering.details().category()),
                snapshot.map(CoverageSnapshot::asOf));
    }
}
