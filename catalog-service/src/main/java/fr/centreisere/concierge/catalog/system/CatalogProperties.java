package fr.centreisere.concierge.catalog.system;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The catalog's business settings.
 *
 * @param commission the pole's commission rate, in percent of the price before VAT: {@code default-percent}
 *                   for every category, unless {@code percent-by-category} names it (e.g. {@code GARDENING: 10})
 * @param readModel  how often a search asks the store whether another instance changed the catalog
 *                   ({@code check-interval}), and the age after which the catalog in memory is read again anyway
 *                   ({@code max-age})
 */
@ConfigurationProperties("catalog")
record CatalogProperties(@DefaultValue Commission commission, @DefaultValue ReadModel readModel) {

    record ReadModel(@DefaultValue("500ms") Duration checkInterval, @DefaultValue("60s") Duration maxAge) {
    }

    record Commission(@DefaultValue("8") BigDecimal defaultPercent, Map<String, BigDecimal> percentByCategory) {

        Commission {
            percentByCategory = percentByCategory == null ? Map.of() : Map.copyOf(percentByCategory);
        }
    }
}
