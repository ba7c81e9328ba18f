package fr.centreisere.concierge.catalog.system;

import java.time.Clock;

import fr.centreisere.concierge.catalog.browse.CatalogReadModel;
import fr.centreisere.concierge.catalog.browse.CatalogVersion;
import fr.centreisere.concierge.catalog.browse.ReadModelCommunes;
import fr.centreisere.concierge.catalog.browse.ReadModelCoverage;
import fr.centreisere.concierge.catalog.browse.ReadModelOfferings;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import fr.centreisere.concierge.catalog.offering.AllOfferings;
import fr.centreisere.concierge.catalog.offering.Offerings;
import fr.centreisere.concierge.catalog.territory.Communes;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Everyone in the service (use cases, seeds, controllers) reads the services, the communes and the coverage
 * through the in-memory read model and writes them through it to the store; only the read model itself
 * reads the store's adapters ({@code mongo*} beans) directly.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

    @Bean
    CatalogReadModel catalogReadModel(AllOfferings allOfferings, @Qualifier("mongoCommunes") Communes communes,
            @Qualifier("mongoKnownCoverage") KnownCoverage coverage, CatalogVersion version, Clock clock,
            CatalogProperties properties) {
        return new CatalogReadModel(allOfferings, communes, coverage, version, clock,
                properties.readModel().checkInterval(), properties.readModel().maxAge());
    }

    @Bean
    @Primary
    Offerings offeringsThroughReadModel(@Qualifier("mongoOfferings") Offerings store, CatalogReadModel model) {
        return new ReadModelOfferings(store, model);
    }

    @Bean
    @Primary
    Communes communesThroughReadModel(@Qualifier("mongoCommunes") Communes store, CatalogReadModel model) {
        return new ReadModelCommunes(store, model);
    }

    @Bean
    @Primary
    KnownCoverage coverageThroughReadModel(@Qualifier("mongoKnownCoverage") KnownCoverage store, CatalogReadModel model) {
        return new ReadModelCoverage(store, model);
    }
}
