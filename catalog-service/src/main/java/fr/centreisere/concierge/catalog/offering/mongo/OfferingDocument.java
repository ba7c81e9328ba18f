package fr.centreisere.concierge.catalog.offering.mongo;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.offering.Audience;
import fr.centreisere.concierge.catalog.offering.Money;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingDetails;
import fr.centreisere.concierge.catalog.offering.OfferingId;
import fr.centreisere.concierge.catalog.offering.PriceModel;
import fr.centreisere.concierge.catalog.offering.QuantityBounds;
import fr.centreisere.concierge.catalog.offering.VatRate;
import fr.centreisere.concierge.catalog.text.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service as stored. {@code searchText} and {@code sortTitle} are written with it (lower case, no accents)
 * because the database cannot fold accents at query time; {@code version} guards concurrent updates.
 */
@Document("services")
@CompoundIndex(name = "browse_order", def = "{'active': 1, 'category': 1, 'sortTitle': 1, '_id': 1}")
record OfferingDocument(
        @Id String id,
        @Indexed(unique = true) String slug,
        Text title,
        Text description,
        String category,
        String priceModel,
        long unitPriceCents,
        String vatRate,
        int minQuantity,
        int maxQuantity,
        int leadTimeHours,
        String audience,
        boolean active,
        String searchText,
        String sortTitle,
        long version) {

    record Text(String fr, String en) {

        static Text of(LocalizedText text) {
            return new Text(text.fr(), text.en());
        }

        LocalizedText toLocalizedText() {
            return LocalizedText.of(fr, en);
        }
    }

    static OfferingDocument of(Offering offering) {
        OfferingDetails details = offering.details();
        return new OfferingDocument(offering.id().value(), details.slug(), Text.of(details.title()),
                Text.of(details.description()), details.category().name(), details.priceModel().name(),
                details.unitPrice().cents(), details.vatRate().name(), details.quantityBounds().min(),
                details.quantityBounds().max(), details.leadTimeHours(), details.audience().name(), details.active(),
                offering.searchText(), offering.sortTitle(), offering.version());
    }

    Offering toOffering() {
        OfferingDetails details = new OfferingDetails(slug, title.toLocalizedText(), description.toLocalizedText(),
                Category.valueOf(category), PriceModel.valueOf(priceModel), Money.ofCents(unitPriceCents), VatRate.valueOf(vatRate),
                new QuantityBounds(minQuantity, maxQuantity), leadTimeHours, Audience.valueOf(audience), active);
        return Offering.restore(new OfferingId(id), details, version);
    }
}
