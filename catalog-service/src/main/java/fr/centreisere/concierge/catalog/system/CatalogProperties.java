package fr.centreisere.concierge.catalog.system;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The catalog's business settings.
 *
 * @param commission the pole's commission rate, in percent of the price before VAT: {@code default-percent}
 *                   for every category, unless {@code percent-by-category} names it (e.g. {@code GARDENING: 10})
 */
@ConfigurationProperties("catalog")
record CatalogProperties(@DefaultValue Commission commission) {

    record Commission(@DefaultValue("8") BigDecimal defaultPercent, Map<String, BigDecimal> percentByCategory) {

        Commission {
            percentByCategory = percentByCategory == null ? Map.of() : Map.copyOf(percentByCategory);
        }
    }
}
