package fr.centreisere.concierge.catalog.system;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.category.CommissionRates;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import fr.centreisere.concierge.catalog.coverage.LiveCoverage;
import fr.centreisere.concierge.catalog.coverage.RefreshCoverage;
import fr.centreisere.concierge.catalog.offering.CreateOffering;
import fr.centreisere.concierge.catalog.offering.Offerings;
import fr.centreisere.concierge.catalog.offering.SearchOfferings;
import fr.centreisere.concierge.catalog.offering.ShowOffer;
import fr.centreisere.concierge.catalog.offering.ShowOffering;
import fr.centreisere.concierge.catalog.offering.UpdateOffering;
import fr.centreisere.concierge.catalog.territory.Communes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, plain classes of the features, wired to their ports' adapters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
class CatalogConfiguration {

    @Bean
    CommissionRates commissionRates(CatalogProperties properties) {
        Map<Category, BigDecimal> byCategory = new EnumMap<>(Category.class);
        properties.commission().percentByCategory().forEach((code, percent) -> byCategory.put(Category.valueOf(code.strip().toUpperCase(java.util.Locale.ROOT)), percent));
        return new CommissionRates(properties.commission().defaultPercent(), byCategory);
    }

    @Bean
    SearchOfferings searchOfferings(Offerings offerings, Communes communes, KnownCoverage coverage) {
        return new SearchOfferings(offerings, communes, coverage);
    }

    @Bean
    ShowOffering showOffering(Offerings offerings, Communes communes, KnownCoverage coverage) {
        return new ShowOffering(offerings, communes, coverage);
    }

    @Bean
    ShowOffer showOffer(Offerings offerings, KnownCoverage coverage, CommissionRates commissionRates) {
        return new ShowOffer(offerings, coverage, commissionRates);
    }

    @Bean
    CreateOffering createOffering(Offerings offerings) {
        return new CreateOffering(offerings);
    }

    @Bean
    UpdateOffering updateOffering(Offerings offerings) {
        return new UpdateOffering(offerings);
    }

    @Bean
    RefreshCoverage refreshCoverage(LiveCoverage live, KnownCoverage known) {
        return new RefreshCoverage(live, known);
    }
}
