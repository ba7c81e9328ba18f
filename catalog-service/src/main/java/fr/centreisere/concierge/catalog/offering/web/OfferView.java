package fr.centreisere.concierge.catalog.offering.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import fr.centreisere.concierge.catalog.offering.Offer;
import fr.centreisere.concierge.catalog.offering.OfferingDetails;
import fr.centreisere.concierge.catalog.web.TextView;
import org.jspecify.annotations.Nullable;

/** The offer order-service prices an order with (docs/INTERNAL-API.md). */
record OfferView(String serviceId, String slug, TextView title, String category, String priceModel,
        long unitPriceCents, BigDecimal vatRatePercent, int minQuantity, int maxQuantity, int leadTimeHours,
        String audience, boolean active, boolean availableInCommune, BigDecimal commissionRatePercent,
        @Nullable Instant coverageAsOf, List<String> communePostalCodes, @Nullable String communeName) {

    static OfferView of(Offer offer) {
        OfferingDetails details = offer.offering().details();
        return new OfferView(offer.offering().id().value(), details.slug(), TextView.of(details.title()),
                details.category().code(), details.priceModel().name(), details.unitPrice().cents(),
                details.vatRate().percent(), details.quantityBounds().min(), details.quantityBounds().max(),
                details.leadTimeHours(), details.audience().name(), details.active(), offer.availableInCommune(),
                offer.commissionRatePercent(), offer.coverageAsOf().orElse(null), offer.communePostalCodes(),
                offer.communeName().orElse(null));
    }
}
