package fr.centreisere.concierge.order.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the catalog offers for one service in one commune, at the moment of ordering: the price and the
 * rules an order must follow. {@code communePostalCodes} is empty when the catalog does not tell them.
 */
public record ServiceOffer(String serviceId, String titleFr, String titleEn, String category, String priceModel,
        long unitPriceCents, BigDecimal vatRatePercent, int minQuantity, int maxQuantity, int leadTimeHours,
        Audience audience, boolean active, boolean availableInCommune, BigDecimal commissionRatePercent,
        List<String> communePostalCodes) {

    public enum Audience { RESIDENT, COMPANY, ALL }

    public ServiceOffer {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(vatRatePercent, "vatRatePercent");
        Objects.requireNonNull(commissionRatePercent, "commissionRatePercent");
        audience = audience == null ? Audience.ALL : audience;
        communePostalCodes = communePostalCodes == null ? List.of() : List.copyOf(communePostalCodes);
    }
}
