package fr.centreisere.concierge.catalog.offering.web;

import java.math.BigDecimal;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.offering.Audience;
import fr.centreisere.concierge.catalog.offering.Money;
import fr.centreisere.concierge.catalog.offering.OfferingDetails;
import fr.centreisere.concierge.catalog.offering.PriceModel;
import fr.centreisere.concierge.catalog.offering.QuantityBounds;
import fr.centreisere.concierge.catalog.offering.Slug;
import fr.centreisere.concierge.catalog.offering.VatRate;
import fr.centreisere.concierge.catalog.text.LocalizedText;
import fr.centreisere.concierge.catalog.web.EnumValue;
import fr.centreisere.concierge.platform.text.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A coordinator's description of a service, to create it (POST) or replace its details (PUT). {@code active}
 * may be left out of a POST (a new service is active), not out of a PUT.
 */
record OfferingRequest(
        @NotBlank(message = REQUIRED)
        @Size(max = Slug.MAX_LENGTH, message = "{validation.at-most-characters}")
        @Pattern(regexp = Slug.PATTERN, message = "{offering.slug.invalid}")
        String slug,
        @NotNull(message = REQUIRED) @Valid TitleText title,
        @NotNull(message = REQUIRED) @Valid DescriptionText description,
        @NotNull(message = REQUIRED) @EnumValue(Category.class) String category,
        @NotNull(message = REQUIRED) @EnumValue(PriceModel.class) String priceModel,
        @NotNull(message = REQUIRED)
        @Positive(message = "{validation.positive}")
        @Digits(integer = 9, fraction = 0, message = "{offering.unit-price.whole-cents}")
        BigDecimal unitPriceCents,
        @NotNull(message = REQUIRED) @VatRatePercent BigDecimal vatRatePercent,
        @NotNull(message = REQUIRED) @Min(value = 1, message = QUANTITY) @Max(value = 10_000, message = QUANTITY)
        Integer minQuantity,
        @NotNull(message = REQUIRED) @Min(value = 1, message = QUANTITY) @Max(value = 10_000, message = QUANTITY)
        Integer maxQuantity,
        @NotNull(message = REQUIRED)
        @Min(value = 0, message = LEAD_TIME) @Max(value = OfferingDetails.MAX_LEAD_TIME_HOURS, message = LEAD_TIME)
        Integer leadTimeHours,
        @NotNull(message = REQUIRED) @EnumValue(Audience.class) String audience,
        @NotNull(groups = Replacing.class, message = REQUIRED) Boolean active) {

    /** Validation group of a PUT, which replaces every detail: {@code active} must then be said. */
    interface Replacing {
    }

    static final String REQUIRED = "{validation.required}";
    static final String QUANTITY = "{offering.quantity.between}";
    static final String LEAD_TIME = "{offering.lead-time.between}";

    record TitleText(
            @NotBlank(message = REQUIRED) @PrintableText(max = 120) String fr,
            @NotBlank(message = REQUIRED) @PrintableText(max = 120) String en) {
    }

    record DescriptionText(
            @NotBlank(message = REQUIRED) @PrintableText(max = 2000, multiline = true) String fr,
            @NotBlank(message = REQUIRED) @PrintableText(max = 2000, multiline = true) String en) {
    }

    /** The details this request describes. */
    OfferingDetails toDetails() {
        return new OfferingDetails(slug, LocalizedText.of(title.fr(), title.en()),
                LocalizedText.of(description.fr(), description.en()), Category.valueOf(category),
                PriceModel.valueOf(priceModel), Money.ofCents(unitPriceCents.longValueExact()),
                VatRate.ofPercent(vatRatePercent).orElseThrow(), new QuantityBounds(minQuantity, maxQuantity),
                leadTimeHours, Audience.valueOf(audience), active == null || active);
    }
}
