package fr.centreisere.concierge.catalog.territory.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import fr.centreisere.concierge.catalog.territory.Commune;
import fr.centreisere.concierge.catalog.territory.Communes;
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
 * Writes the territory's communes at start-up from {@code seed/centre-isere-communes.json}, a copy of the
 * shared territory file with its source line (INSEE's official geographic code, packaged by Etalab). The
 * communes are reference data nobody edits here, so each start writes them again: idempotent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "catalog.seed.enabled", matchIfMissing = true)
class CommuneSeed implements ApplicationRunner {

    static final String RESOURCE = "seed/centre-isere-communes.json";
    private static final Logger log = LoggerFactory.getLogger(CommuneSeed.class);

    private final Communes communes;
    private final JsonMapper json;

    CommuneSeed(Communes communes, JsonMapper json) {
        this.communes = communes;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        TerritoryFile territory = read(json);
        long stored = communes.store(territory.communes().stream().map(TerritoryFile.Entry::toCommune).toList());
        log.info("Territory {}: {} communes in the catalog", territory.territory(), stored);
    }

    static TerritoryFile read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            TerritoryFile territory = json.readValue(in, TerritoryFile.class);
            territory.check();
            return territory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    record TerritoryFile(String source, String territory, int communeCount, int population, List<Entry> communes) {

        void check() {
            int sum = communes.stream().mapToInt(Entry::population).sum();
            if (communes.size() != communeCount || sum != population) {
                throw new IllegalStateException("%s is inconsistent: %d communes (%d announced), %d inhabitants (%d announced)"
                        .formatted(RESOURCE, communes.size(), communeCount, sum, population));
            }
        }

        record Entry(String inseeCode, String name, List<String> postalCodes, int population, String epciSiren,
                String epciName) {

            Commune toCommune() {
                return new Commune(inseeCode, name, postalCodes, population, epciSiren, epciName);
            }
        }
    }
}
