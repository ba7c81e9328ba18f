package fr.centreisere.concierge.catalog.offering;

import java.util.Objects;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.text.LocalizedText;

/** Everything a coordinator decides about a service: what it is, for whom, at what price and conditions. */
public record OfferingDetails(String slug, LocalizedText title, LocalizedText description, Category category,
        PriceModel priceModel, Money unitPrice, VatRate vatRate, QuantityBounds quantityBounds, int leadTimeHours,
        Audience audience, boolean active) {

    /** Thirty days of notice at most: a longer lead time is a typing mistake. */
    public static final int MAX_LEAD_TIME_HOURS = 24 * 30;

    public OfferingDetails {
        if (!Slug.isWellFormed(slug)) {
            throw new InvalidOffering("slug", "offering.slug.invalid");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priceModel, "priceModel");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(quantityBounds, "quantityBounds");
        Objects.requireNonNull(audience, "audience");
        if (unitPrice == null || !unitPrice.isPositive()) {
            throw new InvalidOffering("unitPriceCents", "offering.unit-price.invalid");
        }
        if (leadTimeHours < 0 || leadTimeHours > MAX_LEAD_TIME_HOURS) {
            throw new InvalidOffering("leadTimeHours", "offering.lead-time.invalid", MAX_LEAD_TIME_HOURS);
        }
    }
}
