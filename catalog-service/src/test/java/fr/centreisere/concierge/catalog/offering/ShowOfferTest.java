package fr.centreisere.concierge.catalog.offering;

import static fr.centreisere.concierge.catalog.offering.OfferingFixtures.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.category.CommissionRates;
import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.InMemoryKnownCoverage;
import fr.centreisere.concierge.catalog.territory.UnknownCommune;
import org.junit.jupiter.api.Test;

class ShowOfferTest {

    private static final Instant AS_OF = Instant.parse("2026-11-27T06:00:00Z");

    private final Offering tonte = Offering.create(details("tonte-pelouse", "Tonte de pelouse", Category.GARDENING, Audience.RESIDENT));
    private final Offering menage = Offering.create(details("menage-domicile", "Ménage à domicile", Category.CLEANING, Audience.RESIDENT));
    private final InMemoryOfferings offerings = new InMemoryOfferings().with(tonte, menage);
    private final InMemoryKnownCoverage coverage = new InMemoryKnownCoverage();
    private final CommissionRates rates = new CommissionRates(new BigDecimal("8"), Map.of(Category.GARDENING, new BigDecimal("10")));
    private final ShowOffer showOffer = new ShowOffer(offerings, coverage, rates, new SearchOfferingsTest.TwoCommunes());
    private final ShowOffering showOffering = new ShowOffering(offerings, new SearchOfferingsTest.TwoCommunes(), coverage);

    @Test
    void givesThePriceConditionsAvailabilityAndCommissionOfAService() {
        coverage.remember(new CoverageSnapshot(AS_OF, Map.of(tonte.id().value(), Set.of("38563"))));

        Offer offer = showOffer.show("svc-tonte-pelouse", "38563");

        assertThat(offer.offering()).isEqualTo(tonte);
        assertThat(offer.availableInCommune()).isTrue();
        assertThat(offer.commissionRatePercent()).isEqualByComparingTo("10");
        assertThat(offer.coverageAsOf()).contains(AS_OF);
        assertThat(offer.communePostalCodes()).containsExactly("38500");
        assertThat(offer.communeName()).contains("Voiron");
        assertThat(showOffer.show("svc-menage-domicile", "38563").commissionRatePercent()).isEqualByComparingTo("8");
    }

    @Test
    void aCommuneTheCoverageDoesNotReachIsSimplyNotAvailable() {
        coverage.remember(new CoverageSnapshot(AS_OF, Map.of(tonte.id().value(), Set.of("38563"))));

        assertThat(showOffer.show("svc-tonte-pelouse", "38239").availableInCommune()).isFalse();
        assertThat(showOffer.show("svc-tonte-pelouse", "75056").availableInCommune()).isFalse();
        assertThat(showOffer.show("svc-tonte-pelouse", "75056").communePostalCodes()).isEmpty();
        assertThat(showOffer.show("svc-tonte-pelouse", "75056").communeName()).isEmpty();
    }

    @Test
    void beforeAnyCoverageNothingIsAvailable() {
        Offer offer = showOffer.show("svc-tonte-pelouse", "38563");

        assertThat(offer.availableInCommune()).isFalse();
        assertThat(offer.coverageAsOf()).isEmpty();
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        assertThatThrownBy(() -> showOffer.show("svc-nothing", "38563")).isInstanceOf(OfferingNotFound.class);
        assertThatThrownBy(() -> showOffer.show("../etc", "38563")).isInstanceOf(OfferingNotFound.class);
    }

    @Test
    void showingOneServiceSaysWhetherItIsAvailableOnlyWhenACommuneIsGiven() {
        coverage.remember(new CoverageSnapshot(AS_OF, Map.of(tonte.id().value(), Set.of("38563"))));

        assertThat(showOffering.show("svc-tonte-pelouse", Optional.of("38563")).availableInCommune()).contains(true);
        assertThat(showOffering.show("svc-tonte-pelouse", Optional.of("38239")).availableInCommune()).contains(false);
        assertThat(showOffering.show("svc-tonte-pelouse", Optional.empty()).availableInCommune()).isEmpty();
        assertThatThrownBy(() -> showOffering.show("svc-tonte-pelouse", Optional.of("75056")))
                .isInstanceOf(UnknownCommune.class);
    }
}
