package fr.centreisere.concierge.order.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the catalog offers for one service in one commune, at the moment of ordering: the price and the
 * rules an order must follow. {@code communePostalCodes} is empty and {@code communeName} null when the
 * catalog does not tell them (a refusal then names the commune by its INSEE code).
 */
public record ServiceOffer(String serviceId, String titleFr, String titleEn, String category, String priceModel,
        long unitPriceCents, BigDecimal vatRatePercent, int minQuantity, int maxQuantity, int leadTimeHours,
        Audience audience, boolean active, boolean availableInCommune, BigDecimal commissionRatePercent,
        List<String> communePostalCodes, @Nullable String communeName) {

    public enum Audience { RESIDENT, COMPANY, ALL }

    public ServiceOffer {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(vatRatePercent, "vatRatePercent");
        Objects.requireNonNull(commissionRatePercent, "commissionRatePercent");
        audience = audience == null ? Audience.ALL : audience;
        communePostalCodes = communePostalCodes == null ? List.of() : List.copyOf(communePostalCodes);
    }

    /** An offer from a catalog that does not name the commune. */
    public ServiceOffer(String serviceId, String titleFr, String titleEn, String category, String priceModel,
            long unitPriceCents, BigDecimal vatRatePercent, int minQuantity, int maxQuantity, int leadTimeHours,
            Audience audience, boolean active, boolean availableInCommune, BigDecimal commissionRatePercent,
            List<String> communePostalCodes) {
        this(serviceId, titleFr, titleEn, category, priceModel, unitPriceCents, vatRatePercent, minQuantity,
                maxQuantity, leadTimeHours, audience, active, availableInCommune, commissionRatePercent,
                communePostalCodes, null);
    }
}
