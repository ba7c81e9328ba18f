package fr.centreisere.concierge.catalog.offering.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import fr.centreisere.concierge.catalog.offering.Audience;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingChangedMeanwhile;
import fr.centreisere.concierge.catalog.offering.OfferingDetails;
import fr.centreisere.concierge.catalog.offering.OfferingFixtures;
import fr.centreisere.concierge.catalog.offering.OfferingId;
import fr.centreisere.concierge.catalog.offering.OfferingNotFound;
import fr.centreisere.concierge.catalog.offering.Offerings;
import fr.centreisere.concierge.catalog.offering.SearchCriteria;
import fr.centreisere.concierge.catalog.offering.SearchOfferings;
import fr.centreisere.concierge.catalog.offering.SearchResult;
import fr.centreisere.concierge.catalog.offering.SlugAlreadyUsed;
import fr.centreisere.concierge.catalog.territory.Commune;
import fr.centreisere.concierge.catalog.territory.Communes;
import fr.centreisere.concierge.platform.page.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The search as the database runs it, through the real driver: accents and case ignored, every word
 * required, stable paging, and the commune filter from the stored coverage.
 */
@DataMongoTest(includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Repository.class))
class CatalogSearchMongoTest {

    private static final String VOIRON = "38563";
    private static final String MOIRANS = "38239";

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-27T06:30:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    Offerings offerings;
    @Autowired
    Communes communes;
    @Autowired
    KnownCoverage coverage;
    @Autowired
    MongoTemplate mongo;

    private SearchOfferings search;

    private final Offering veloElectrique = service("location-velo-electrique", "Location de vélo à assistance électrique", Category.BIKE_RENTAL, Audience.ALL);
    private final Offering veloCargo = service("location-velo-cargo", "Location de vélo cargo électrique", Category.BIKE_RENTAL, Audience.ALL);
    private final Offering reparationVelo = service("reparation-velo", "Réparation et révision de vélo", Category.SMALL_REPAIRS, Audience.ALL);
    private final Offering menage = service("menage-domicile", "Ménage à domicile", Category.CLEANING, Audience.RESIDENT);
    private final Offering bureaux = service("nettoyage-bureaux", "Nettoyage de bureaux", Category.CLEANING, Audience.COMPANY);
    private final Offering tonte = service("tonte-pelouse", "Tonte de pelouse", Category.GARDENING, Audience.RESIDENT);

    @BeforeEach
    void aSmallCatalogInTwoCommunes() {
        mongo.remove(new Query(), "services");
        mongo.remove(new Query(), "coverage");
        mongo.remove(new Query(), "communes");
        communes.store(List.of(
                new Commune(VOIRON, "Voiron", List.of("38500"), 20_000, "243800984", "CA du Pays Voironnais"),
                new Commune(MOIRANS, "Moirans", List.of("38430"), 7818, "243800984", "CA du Pays Voironnais")));
        List.of(veloElectrique, veloCargo, reparationVelo, menage, bureaux, tonte).forEach(offerings::add);
        search = new SearchOfferings(offerings, communes, coverage);
    }

    @Test
    void veloFindsTheBikeServicesWhateverTheCaseAndAccents() {
        assertThat(ids(search("velo"))).containsExactly("svc-location-velo-electrique", "svc-location-velo-cargo",
                "svc-reparation-velo"); // « … vélo à assistance … » before « … vélo cargo … »
        assertThat(ids(search("VÉLO"))).isEqualTo(ids(search("velo")));
        assertThat(ids(search("Vélo"))).isEqualTo(ids(search("velo")));
    }

    @Test
    void everyWordOfTheQueryMustMatch() {
        assertThat(ids(search("vélo électrique"))).containsExactly("svc-location-velo-electrique", "svc-location-velo-cargo");
        assertThat(ids(search("velo cargo"))).containsExactly("svc-location-velo-cargo");
        assertThat(ids(search("velo pelouse"))).isEmpty();
    }

    @Test
    void findsWordsOfTheEnglishTitleTheDescriptionAndTheSlug() {
        assertThat(ids(search("EN tonte"))).containsExactly("svc-tonte-pelouse");
        assertThat(ids(search("description of menage"))).containsExactly("svc-menage-domicile");
        assertThat(ids(search("domicile"))).containsExactly("svc-menage-domicile");
    }

    @Test
    void pagesAreStableAndDisjointInCategoryThenTitleOrder() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Page<Offering> result = search.search(new SearchCriteria(Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), page, 2)).page();
            assertThat(result.totalElements()).isEqualTo(6);
            assertThat(result.content()).hasSize(2);
            result.content().forEach(offering -> seen.add(offering.id().value()));
        }

        assertThat(seen).containsExactly(
                "svc-location-velo-electrique", "svc-location-velo-cargo", // BIKE_RENTAL
                "svc-menage-domicile", "svc-nettoyage-bureaux",             // CLEANING
                "svc-tonte-pelouse",                                        // GARDENING
                "svc-reparation-velo");                                     // SMALL_REPAIRS
        Page<Offering> beyond = search.search(new SearchCriteria(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 3, 2)).page();
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(6);
    }

    @Test
    void sameTitlesAreOrderedById() {
        offerings.add(service("tonte-pelouse-bis", "Tonte de pelouse", Category.GARDENING, Audience.RESIDENT));

        assertThat(ids(search.search(new SearchCriteria(Optional.empty(), Optional.of(Category.GARDENING),
                Optional.empty(), Optional.empty(), 0, 20)))).containsExactly("svc-tonte-pelouse", "svc-tonte-pelouse-bis");
    }

    @Test
    void withACommuneOnlyTheServicesTheStoredCoverageReachesThere() {
        coverage.remember(new CoverageSnapshot(Instant.parse("2026-11-27T06:00:00Z"), Map.of(
                "svc-menage-domicile", Set.of(VOIRON, MOIRANS),
                "svc-location-velo-cargo", Set.of(VOIRON),
                "svc-tonte-pelouse", Set.of(MOIRANS))));

        SearchResult inVoiron = search.search(new SearchCriteria(Optional.of(VOIRON), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, 20));
        SearchResult veloInMoirans = search.search(new SearchCriteria(Optional.of(MOIRANS), Optional.empty(),
                Optional.empty(), Optional.of("velo"), 0, 20));

        assertThat(ids(inVoiron)).containsExactly("svc-location-velo-cargo", "svc-menage-domicile");
        assertThat(inVoiron.coverageAsOf()).contains(Instant.parse("2026-11-27T06:00:00Z"));
        assertThat(ids(veloInMoirans)).isEmpty();
    }

    @Test
    void filtersByCategoryAndAudience() {
        assertThat(ids(search.search(new SearchCriteria(Optional.empty(), Optional.of(Category.CLEANING),
                Optional.of(Audience.COMPANY), Optional.empty(), 0, 20)))).containsExactly("svc-nettoyage-bureaux");
        assertThat(ids(search.search(new SearchCriteria(Optional.empty(), Optional.empty(),
                Optional.of(Audience.RESIDENT), Optional.empty(), 0, 20))))
                .contains("svc-menage-domicile", "svc-location-velo-cargo").doesNotContain("svc-nettoyage-bureaux");
    }

    @Test
    void anInactiveServiceIsNotFoundBySearchButStillByItsId() {
        offerings.update(tonte.update(OfferingFixtures.inactive(tonte.details())));

        assertThat(ids(search("tonte"))).isEmpty();
        assertThat(offerings.find(tonte.id())).hasValueSatisfying(found -> assertThat(found.isActive()).isFalse());
    }

    @Test
    void storesAndReadsBackEveryDetail() {
        assertThat(offerings.find(veloElectrique.id())).contains(veloElectrique);
        assertThat(offerings.find(new OfferingId("svc-nothing"))).isEmpty();
    }

    @Test
    void aSlugIsUniqueAcrossServices() {
        OfferingDetails sameSlug = OfferingFixtures.details("tonte-pelouse");
        Offering otherIdSameSlug = Offering.seeded(new OfferingId("svc-tonte-gazon"), sameSlug);

        assertThatThrownBy(() -> offerings.add(otherIdSameSlug)).isInstanceOf(SlugAlreadyUsed.class);
        assertThatThrownBy(() -> offerings.add(Offering.create(sameSlug))).isInstanceOf(SlugAlreadyUsed.class);
        assertThatThrownBy(() -> offerings.update(menage.update(OfferingFixtures.details("tonte-pelouse"))))
                .isInstanceOf(SlugAlreadyUsed.class);
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefused() {
        Offering first = menage.update(OfferingFixtures.details("menage-maison"));
        Offering second = menage.update(OfferingFixtures.details("menage-appartement"));
        offerings.update(first);

        assertThatThrownBy(() -> offerings.update(second)).isInstanceOf(OfferingChangedMeanwhile.class);
        assertThat(offerings.find(menage.id())).hasValueSatisfying(found -> {
            assertThat(found.details().slug()).isEqualTo("menage-maison");
            assertThat(found.version()).isEqualTo(1);
        });
        assertThatThrownBy(() -> offerings.update(Offering.create(OfferingFixtures.details("inconnu")).update(
                OfferingFixtures.details("inconnu")))).isInstanceOf(OfferingNotFound.class);
    }

    @Test
    void seedingNeverOverwritesACoordinatorsEdit() {
        Offering edited = menage.update(OfferingFixtures.inactive(menage.details()));
        offerings.update(edited);

        assertThat(offerings.addIfAbsent(menage)).isFalse();
        assertThat(offerings.find(menage.id())).contains(edited);
        assertThat(offerings.addIfAbsent(service("collecte-textile", "Collecte de textiles", Category.RESSOURCERIE_COLLECTION, Audience.ALL))).isTrue();
    }

    private SearchResult search(String text) {
        return search.search(new SearchCriteria(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text), 0, 20));
    }

    private static List<String> ids(SearchResult result) {
        return result.page().content().stream().map(offering -> offering.id().value()).toList();
    }

    private static Offering service(String slug, String titleFr, Category category, Audience audience) {
        return Offering.create(OfferingFixtures.details(slug, titleFr, category, audience));
    }
}
