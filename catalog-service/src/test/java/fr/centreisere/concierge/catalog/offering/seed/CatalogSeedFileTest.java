package fr.centreisere.concierge.catalog.offering.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.offering.Audience;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.PriceModel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The seed catalog agrees with the ids, categories and audiences shared with the other services. */
class CatalogSeedFileTest {

    /** docs/INTERNAL-API.md, "Seed ids shared between services". */
    private static final Map<String, String> SHARED = Map.ofEntries(
            Map.entry("svc-livraison-courses", "DELIVERY ALL"),
            Map.entry("svc-livraison-colis-velo-cargo", "DELIVERY ALL"),
            Map.entry("svc-livraison-repas-seniors", "DELIVERY RESIDENT"),
            Map.entry("svc-navette-pressing-entreprise", "DELIVERY COMPANY"),
            Map.entry("svc-location-velo-electrique", "BIKE_RENTAL ALL"),
            Map.entry("svc-location-velo-cargo", "BIKE_RENTAL ALL"),
            Map.entry("svc-collecte-encombrants-reemploi", "RESSOURCERIE_COLLECTION RESIDENT"),
            Map.entry("svc-collecte-textile", "RESSOURCERIE_COLLECTION ALL"),
            Map.entry("svc-collecte-mobilier-bureau", "RESSOURCERIE_COLLECTION COMPANY"),
            Map.entry("svc-vide-maison", "RESSOURCERIE_COLLECTION RESIDENT"),
            Map.entry("svc-repassage-au-kilo", "IRONING_LAUNDRY ALL"),
            Map.entry("svc-pressing-chemises", "IRONING_LAUNDRY COMPANY"),
            Map.entry("svc-retouches-couture", "IRONING_LAUNDRY ALL"),
            Map.entry("svc-petit-bricolage", "SMALL_REPAIRS RESIDENT"),
            Map.entry("svc-reparation-electromenager", "SMALL_REPAIRS ALL"),
            Map.entry("svc-reparation-velo", "SMALL_REPAIRS ALL"),
            Map.entry("svc-montage-meubles", "SMALL_REPAIRS RESIDENT"),
            Map.entry("svc-tonte-pelouse", "GARDENING RESIDENT"),
            Map.entry("svc-taille-haies", "GARDENING RESIDENT"),
            Map.entry("svc-entretien-espaces-verts-entreprise", "GARDENING COMPANY"),
            Map.entry("svc-diagnostic-energie-logement", "ENERGY_DIAGNOSTIC RESIDENT"),
            Map.entry("svc-visite-eco-gestes", "ENERGY_DIAGNOSTIC ALL"),
            Map.entry("svc-menage-domicile", "CLEANING RESIDENT"),
            Map.entry("svc-nettoyage-bureaux", "CLEANING COMPANY"),
            Map.entry("svc-lavage-vehicule-sans-eau", "CLEANING ALL"),
            Map.entry("svc-courses-accompagnees", "ERRANDS RESIDENT"),
            Map.entry("svc-conciergerie-depot-retrait", "ERRANDS COMPANY"),
            Map.entry("svc-aide-demarches-administratives", "ERRANDS RESIDENT"),
            Map.entry("svc-transport-solidaire", "ERRANDS RESIDENT"));

    private final List<Offering> seed = CatalogSeed.read(JsonMapper.builder().build());

    @Test
    void holdsExactlyTheSharedIdsWithTheirCategoryAndAudience() {
        Map<String, String> read = seed.stream().collect(Collectors.toMap(o -> o.id().value(),
                o -> o.details().category() + " " + o.details().audience()));

        assertThat(read).isEqualTo(SHARED);
    }

    @Test
    void eachSlugIsItsIdWithoutThePrefixAndEveryServiceIsActive() {
        assertThat(seed).allSatisfy(offering -> {
            assertThat("svc-" + offering.details().slug()).isEqualTo(offering.id().value());
            assertThat(offering.isActive()).isTrue();
        });
        assertThat(seed.stream().map(o -> o.details().slug()).distinct()).hasSize(seed.size());
    }

    @Test
    void coversEveryCategoryAudienceAndPriceModel() {
        assertThat(seed.stream().map(o -> o.details().category()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Category.class));
        assertThat(seed.stream().map(o -> o.details().audience()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Audience.class));
        assertThat(seed.stream().map(o -> o.details().priceModel()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(PriceModel.class));
    }

    @Test
    void isWrittenInFrenchAndEnglish() {
        assertThat(seed).allSatisfy(offering -> {
            assertThat(offering.details().title().fr()).isNotEqualTo(offering.details().title().en());
            assertThat(offering.details().description().fr()).hasSizeGreaterThan(60);
            assertThat(offering.details().description().en()).hasSizeGreaterThan(60);
        });
    }

    @Test
    void hasPlausiblePrices() {
        Map<String, Offering> byId = seed.stream().collect(Collectors.toMap(o -> o.id().value(), Function.identity()));

        assertThat(seed).allSatisfy(offering -> assertThat(offering.details().unitPrice().cents()).isBetween(20L, 20_000L));
        assertThat(byId.get("svc-menage-domicile").details().vatRate().percent()).isEqualByComparingTo("10");
        assertThat(byId.get("svc-livraison-repas-seniors").details().vatRate().percent()).isEqualByComparingTo("5.5");
    }

    @Test
    void veloFindsTheBikeServicesThroughTheirSearchText() {
        assertThat(seed.stream().filter(o -> o.searchText().contains("velo")).map(o -> o.id().value()))
                .contains("svc-location-velo-electrique", "svc-location-velo-cargo", "svc-reparation-velo");
    }
}
