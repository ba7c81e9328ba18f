package fr.centreisere.concierge.catalog.offering.web;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingAvailability;
import fr.centreisere.concierge.catalog.offering.OfferingDetails;
import fr.centreisere.concierge.catalog.web.TextView;
import org.jspecify.annotations.Nullable;

/**
 * A service as the public API shows it. Asked for alone, it also says how old the coverage is
 * ({@code coverageAsOf}) and, when a commune was given, whether it is available there.
 */
record OfferingView(String id, String slug, TextView title, TextView description, String category,
        String priceModel, long unitPriceCents, BigDecimal vatRatePercent, int minQuantity, int maxQuantity,
        int leadTimeHours, String audience, boolean active,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean availableInCommune,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Instant coverageAsOf) {

    static OfferingView of(Offering offering) {
        return of(offering, null, null);
    }

    static OfferingView of(OfferingAvailability availability) {
        return of(availability.offering(), availability.availableInCommune().orElse(null),
                availability.coverageAsOf().orElse(null));
    }

    private static OfferingView of(Offering offering, @Nullable Boolean availableInCommune, @Nullable Instant coverageAsOf) {
        OfferingDetails details = offering.details();
        return new OfferingView(offering.id().value(), details.slug(), TextView.of(details.title()),
                TextView.of(details.description()), details.category().code(), details.priceModel().name(),
                details.unitPrice().cents(), details.vatRate().percent(), details.quantityBounds().min(),
                details.quantityBounds().max(), details.leadTimeHours(), details.audience().name(), details.active(),
                availableInCommune, coverageAsOf);
    }
}
