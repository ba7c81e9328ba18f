package fr.centreisere.concierge.order.catalog.feign;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The catalog's answer, as sent; every field may be missing until checked. */
@JsonIgnoreProperties(ignoreUnknown = true)
record OfferResponse(@Nullable String serviceId, @Nullable String slug, @Nullable Title title,
        @Nullable String category, @Nullable String priceModel, @Nullable Long unitPriceCents,
        @Nullable BigDecimal vatRatePercent, @Nullable Integer minQuantity, @Nullable Integer maxQuantity,
        @Nullable Integer leadTimeHours, @Nullable String audience, @Nullable Boolean active,
        @Nullable Boolean availableInCommune, @Nullable BigDecimal commissionRatePercent,
        @Nullable List<String> communePostalCodes, @Nullable String communeName) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Title(@Nullable String fr, @Nullable String en) {
    }
}
