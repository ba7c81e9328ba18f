package fr.centreisere.concierge.catalog.offering.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.offering.Audience;
import fr.centreisere.concierge.catalog.offering.Money;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingDetails;
import fr.centreisere.concierge.catalog.offering.OfferingId;
import fr.centreisere.concierge.catalog.offering.Offerings;
import fr.centreisere.concierge.catalog.offering.PriceModel;
import fr.centreisere.concierge.catalog.offering.QuantityBounds;
import fr.centreisere.concierge.catalog.offering.VatRate;
import fr.centreisere.concierge.catalog.text.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds the seed catalog ({@code seed/catalog-services.json}) at start-up: each service with its fixed id,
 * only if absent, so a coordinator's later edit is never overwritten and every start is idempotent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@ConditionalOnBooleanProperty(name = "catalog.seed.enabled", matchIfMissing = true)
class CatalogSeed implements ApplicationRunner {

    static final String RESOURCE = "seed/catalog-services.json";
    private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);

    private final Offerings offerings;
    private final JsonMapper json;

    CatalogSeed(Offerings offerings, JsonMapper json) {
        this.offerings = offerings;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Offering> seed = read(json);
        long added = seed.stream().filter(offerings::addIfAbsent).count();
        log.info("Seed catalog: {} services, {} added now", seed.size(), added);
    }

    static List<Offering> read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, SeedFile.class).services().stream().map(SeedService::toOffering).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    record SeedFile(String note, List<SeedService> services) {
    }

    record SeedService(String id, Category category, Audience audience, PriceModel priceModel, long unitPriceCents,
            BigDecimal vatRatePercent, int leadTimeHours, int minQuantity, int maxQuantity, Text title,
            Text description) {

        Offering toOffering() {
            OfferingId offeringId = new OfferingId(id);
            VatRate vatRate = VatRate.ofPercent(vatRatePercent)
                    .orElseThrow(() -> new IllegalStateException(id + ": VAT rate not allowed: " + vatRatePercent));
            OfferingDetails details = new OfferingDetails(id.substring("svc-".length()),
                    LocalizedText.of(title.fr(), title.en()), LocalizedText.of(description.fr(), description.en()),
                    category, priceModel, Money.ofCents(unitPriceCents), vatRate,
                    new QuantityBounds(minQuantity, maxQuantity), leadTimeHours, audience, true);
            return Offering.seeded(offeringId, details);
        }
    }

    record Text(String fr, String en) {
    }
}
