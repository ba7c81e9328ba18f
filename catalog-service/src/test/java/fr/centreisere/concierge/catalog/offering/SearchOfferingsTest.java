package fr.centreisere.concierge.catalog.offering;

import static fr.centreisere.concierge.catalog.offering.OfferingFixtures.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.InMemoryKnownCoverage;
import fr.centreisere.concierge.catalog.territory.Commune;
import fr.centreisere.concierge.catalog.territory.CommuneFilter;
import fr.centreisere.concierge.catalog.territory.Communes;
import fr.centreisere.concierge.catalog.territory.UnknownCommune;
import org.junit.jupiter.api.Test;

class SearchOfferingsTest {

    private static final String VOIRON = "38563";
    private static final String MOIRANS = "38239";
    private static final Instant AS_OF = Instant.parse("2026-11-27T06:00:00Z");

    private final Offering menage = Offering.create(details("menage-domicile", "Ménage à domicile", Category.CLEANING, Audience.RESIDENT));
    private final Offering tonte = Offering.create(details("tonte-pelouse", "Tonte de pelouse", Category.GARDENING, Audience.RESIDENT));
    private final Offering velo = Offering.create(details("location-velo", "Location de vélo", Category.BIKE_RENTAL, Audience.ALL));
    private final Offering bureaux = Offering.create(details("nettoyage-bureaux", "Nettoyage de bureaux", Category.CLEANING, Audience.COMPANY));

    private final InMemoryOfferings offerings = new InMemoryOfferings().with(menage, tonte, velo, bureaux);
    private final InMemoryKnownCoverage coverage = new InMemoryKnownCoverage();
    private final SearchOfferings search = new SearchOfferings(offerings, new TwoCommunes(), coverage);

    @Test
    void withACommuneOnlyTheServicesAvailableThere() {
        coverage.remember(new CoverageSnapshot(AS_OF, Map.of(
                menage.id().value(), Set.of(VOIRON, MOIRANS),
                velo.id().value(), Set.of(VOIRON),
                tonte.id().value(), Set.of(MOIRANS))));

        SearchResult result = search.search(criteria(Optional.of(VOIRON), Optional.empty(), Optional.empty()));

        assertThat(result.page().content()).containsExactly(velo, menage);
        assertThat(result.page().totalElements()).isEqualTo(2);
        assertThat(result.coverageAsOf()).contains(AS_OF);
    }

    @Test
    void beforeAnyCoverageWasReceivedNothingIsAvailableInACommune() {
        SearchResult result = search.search(criteria(Optional.of(VOIRON), Optional.empty(), Optional.empty()));

        assertThat(result.page().content()).isEmpty();
        assertThat(result.page().totalElements()).isZero();
        assertThat(result.coverageAsOf()).isEmpty();
    }

    @Test
    void aServiceThatNoMemberCoversIsFoundInNoCommune() {
        coverage.remember(new CoverageSnapshot(AS_OF, Map.of(menage.id().value(), Set.of(MOIRANS))));

        assertThat(search.search(criteria(Optional.of(VOIRON), Optional.empty(), Optional.empty())).page().content()).isEmpty();
    }

    @Test
    void withoutACommuneEveryActiveServiceMatchesAndTheCoverageAgeIsStillGiven() {
        coverage.remember(new CoverageSnapshot(AS_OF, Map.of()));

        SearchResult result = search.search(criteria(Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(result.page().content()).containsExactly(velo, menage, bureaux, tonte);
        assertThat(offerings.lastQuery.onlyIds()).isEmpty();
        assertThat(result.coverageAsOf()).contains(AS_OF);
    }

    @Test
    void passesTheTextAsNormalizedWords() {
        search.search(criteria(Optional.empty(), Optional.empty(), Optional.of("  Location VÉLO ")));

        assertThat(offerings.lastQuery.words()).containsExactly("location", "velo");
    }

    @Test
    void aResidentSeesServicesForResidentsAndForAll() {
        SearchResult result = search.search(new SearchCriteria(Optional.empty(), Optional.empty(),
                Optional.of(Audience.RESIDENT), Optional.empty(), 0, 20));

        assertThat(result.page().content()).containsExactly(velo, menage, tonte);
    }

    @Test
    void refusesACommuneOutsideTheTerritory() {
        assertThatThrownBy(() -> search.search(criteria(Optional.of("75056"), Optional.empty(), Optional.empty())))
                .isInstanceOfSatisfying(UnknownCommune.class, e -> assertThat(e.inseeCode()).isEqualTo("75056"));
    }

    private static SearchCriteria criteria(Optional<String> commune, Optional<Category> category, Optional<String> text) {
        return new SearchCriteria(commune, category, Optional.empty(), text, 0, 20);
    }

    /** Voiron and Moirans, the only communes these tests know. */
    static final class TwoCommunes implements Communes {

        @Override
        public List<Commune> find(CommuneFilter filter, int page, int size) {
            return List.of();
        }

        @Override
        public long count(CommuneFilter filter) {
            return 2;
        }

        @Override
        public Optional<Commune> find(String inseeCode) {
            return Optional.empty();
        }

        @Override
        public boolean exists(String inseeCode) {
            return VOIRON.equals(inseeCode) || MOIRANS.equals(inseeCode);
        }

        @Override
        public long store(Collection<Commune> communes) {
            return 2;
        }
    }
}
