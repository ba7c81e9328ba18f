package fr.centreisere.concierge.catalog.offering.web;

import java.math.BigDecimal;

import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingDetails;
import fr.centreisere.concierge.catalog.web.TextView;

/**
 * A service as a list shows it ({@code view=summary}): what a card of the list needs, without the descriptions
 * and the ordering conditions, which make most of a full answer and are read at
 * {@code GET /api/catalog/services/{id}}.
 */
record OfferingSummaryView(String id, String slug, TextView title, String category, String priceModel,
        long unitPriceCents, BigDecimal vatRatePercent, String audience, boolean active) {

    static OfferingSummaryView of(Offering offering) {
        OfferingDetails details = offering.details();
        return new OfferingSummaryView(offering.id().value(), details.slug(), TextView.of(details.title()),
                details.category().code(), details.priceModel().name(), details.unitPrice().cents(),
                details.vatRate().percent(), details.audience().name(), details.active());
    }
}
