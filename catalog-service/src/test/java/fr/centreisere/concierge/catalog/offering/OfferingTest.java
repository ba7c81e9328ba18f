package fr.centreisere.concierge.catalog.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.text.LocalizedText;
import org.junit.jupiter.api.Test;

class OfferingTest {

    private static final LocalizedText TITLE = LocalizedText.of("Tonte de pelouse", "Lawn mowing");
    private static final LocalizedText DESCRIPTION = LocalizedText.of("Tonte avec ramassage", "Mowing and raking");

    @Test
    void aNewServiceTakesItsIdFromItsSlug() {
        Offering offering = Offering.create(OfferingFixtures.details("tonte-pelouse"));

        assertThat(offering.id()).isEqualTo(new OfferingId("svc-tonte-pelouse"));
        assertThat(offering.version()).isZero();
    }

    @Test
    void anUpdateKeepsTheIdAndRaisesTheVersion() {
        Offering offering = Offering.create(OfferingFixtures.details("tonte-pelouse"));

        Offering updated = offering.update(OfferingFixtures.details("tonte-gazon"));

        assertThat(updated.id()).isEqualTo(offering.id());
        assertThat(updated.details().slug()).isEqualTo("tonte-gazon");
        assertThat(updated.version()).isEqualTo(1);
    }

    @Test
    void itsSearchTextHoldsTitlesDescriptionsAndSlugWithoutAccents() {
        Offering offering = Offering.create(OfferingFixtures.details("location-velo-electrique",
                "Location de vélo à assistance électrique", Category.BIKE_RENTAL, Audience.ALL));

        assertThat(offering.searchText())
                .contains("location de velo a assistance electrique")
                .contains("en location de velo")
                .contains("description of location")
                .endsWith("location velo electrique");
        assertThat(offering.sortTitle()).isEqualTo("location de velo a assistance electrique");
    }

    @Test
    void refusesAPriceThatIsNotPositive() {
        assertThatThrownBy(() -> details(Money.ofCents(0), new QuantityBounds(1, 1), 24))
                .isInstanceOfSatisfying(InvalidOffering.class, e -> assertThat(e.field()).isEqualTo("unitPriceCents"));
        assertThatThrownBy(() -> details(Money.ofCents(-100), new QuantityBounds(1, 1), 24))
                .isInstanceOf(InvalidOffering.class);
    }

    @Test
    void refusesQuantityBoundsThatCannotBeMet() {
        assertThatThrownBy(() -> new QuantityBounds(0, 3))
                .isInstanceOfSatisfying(InvalidOffering.class, e -> assertThat(e.field()).isEqualTo("minQuantity"));
        assertThatThrownBy(() -> new QuantityBounds(4, 3))
                .isInstanceOfSatisfying(InvalidOffering.class, e -> assertThat(e.field()).isEqualTo("maxQuantity"));
        assertThat(new QuantityBounds(2, 2).allows(2)).isTrue();
    }

    @Test
    void allowsOnlyQuantitiesWithinItsBounds() {
        Offering offering = Offering.create(details(Money.ofCents(3600), new QuantityBounds(2, 8), 72));

        assertThat(offering.allowsQuantity(1)).isFalse();
        assertThat(offering.allowsQuantity(2)).isTrue();
        assertThat(offering.allowsQuantity(8)).isTrue();
        assertThat(offering.allowsQuantity(9)).isFalse();
    }

    @Test
    void refusesALeadTimeOutsideZeroToThirtyDays() {
        assertThatThrownBy(() -> details(Money.ofCents(100), new QuantityBounds(1, 1), -1))
                .isInstanceOfSatisfying(InvalidOffering.class, e -> assertThat(e.field()).isEqualTo("leadTimeHours"));
        assertThatThrownBy(() -> details(Money.ofCents(100), new QuantityBounds(1, 1), 721))
                .isInstanceOf(InvalidOffering.class);
        assertThat(details(Money.ofCents(100), new QuantityBounds(1, 1), 0).leadTimeHours()).isZero();
    }

    @Test
    void refusesASlugThatIsNotLowerCaseWordsJoinedByHyphens() {
        for (String slug : new String[] {"Tonte", "tonte--pelouse", "-tonte", "tonte_pelouse", "tonte pelouse", "vélo"}) {
            assertThatThrownBy(() -> OfferingFixtures.details(slug))
                    .as(slug).isInstanceOfSatisfying(InvalidOffering.class, e -> assertThat(e.field()).isEqualTo("slug"));
        }
    }

    @Test
    void aServiceIdIsSvcFollowedByASlug() {
        assertThat(OfferingId.isWellFormed("svc-menage-domicile")).isTrue();
        assertThat(OfferingId.isWellFormed("menage-domicile")).isFalse();
        assertThat(OfferingId.isWellFormed("svc-")).isFalse();
        assertThat(OfferingId.isWellFormed(null)).isFalse();
        assertThatThrownBy(() -> new OfferingId("svc-Menage")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBilingualTextNeedsBothLanguages() {
        assertThatThrownBy(() -> LocalizedText.of("Ménage", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalizedText.of(" Ménage ", "Cleaning ").fr()).isEqualTo("Ménage");
    }

    private static OfferingDetails details(Money price, QuantityBounds bounds, int leadTimeHours) {
        return new OfferingDetails("tonte-pelouse", TITLE, DESCRIPTION, Category.GARDENING, PriceModel.PER_HOUR, price,
                VatRate.STANDARD, bounds, leadTimeHours, Audience.RESIDENT, true);
    }
}
