package fr.centreisere.concierge.catalog.offering;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.text.LocalizedText;

/** Valid service details for tests, varied one field at a time. */
public final class OfferingFixtures {

    private OfferingFixtures() {
    }

    public static OfferingDetails details(String slug, String titleFr, Category category, Audience audience) {
        return new OfferingDetails(slug, LocalizedText.of(titleFr, "EN " + titleFr),
                LocalizedText.of("Description de " + titleFr, "Description of " + titleFr), category,
                PriceModel.PER_HOUR, Money.ofCents(3200), VatRate.INTERMEDIATE, new QuantityBounds(1, 4), 48,
                audience, true);
    }

    public static OfferingDetails details(String slug) {
        return details(slug, "Petit bricolage à domicile", Category.SMALL_REPAIRS, Audience.RESIDENT);
    }

    public static OfferingDetails inactive(OfferingDetails details) {
        return new OfferingDetails(details.slug(), details.title(), details.description(), details.category(),
                details.priceModel(), details.unitPrice(), details.vatRate(), details.quantityBounds(),
                details.leadTimeHours(), details.audience(), false);
    }
}
