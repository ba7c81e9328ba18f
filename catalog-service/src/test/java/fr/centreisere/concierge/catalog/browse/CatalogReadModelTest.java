package fr.centreisere.concierge.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.InMemoryKnownCoverage;
import fr.centreisere.concierge.catalog.offering.AllOfferings;
import fr.centreisere.concierge.catalog.offering.Audience;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingChangedMeanwhile;
import fr.centreisere.concierge.catalog.offering.OfferingFixtures;
import fr.centreisere.concierge.catalog.offering.OfferingId;
import fr.centreisere.concierge.catalog.offering.OfferingQuery;
import fr.centreisere.concierge.catalog.offering.Offerings;
import fr.centreisere.concierge.catalog.offering.SearchCriteria;
import fr.centreisere.concierge.catalog.offering.SearchOfferings;
import fr.centreisere.concierge.catalog.offering.SearchResult;
import fr.centreisere.concierge.catalog.territory.Commune;
import fr.centreisere.concierge.catalog.territory.CommuneFilter;
import fr.centreisere.concierge.catalog.territory.Communes;
import fr.centreisere.concierge.platform.page.Page;
import org.junit.jupiter.api.Test;

/**
 * The read model answers from memory; it sees this instance's changes at once and another instance's once the
 * store's version moved and the check interval passed. The store and the clock are stand-ins, the time moves
 * only when a test moves it.
 */
class CatalogReadModelTest {

    private static final String VOIRON = "38563";
    private static final Duration CHECK = Duration.ofMillis(500);
    private static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final Offering menage = Offering.create(OfferingFixtures.details("menage-domicile", "Ménage à domicile",
            Category.CLEANING, Audience.RESIDENT));
    private final Offering tonte = Offering.create(OfferingFixtures.details("tonte-pelouse", "Tonte de pelouse",
            Category.GARDENING, Audience.RESIDENT));

    private final StoredOfferings storedOfferings = new StoredOfferings();
    private final StoredCommunes storedCommunes = new StoredCommunes();
    private final InMemoryKnownCoverage storedCoverage = new InMemoryKnownCoverage();
    private final StoredVersion version = new StoredVersion();
    private final MovableClock clock = new MovableClock();
    private final CatalogReadModel model = new CatalogReadModel(storedOfferings, storedCommunes, storedCoverage,
            version, clock, CHECK, MAX_AGE);
    private final Offerings offerings = new ReadModelOfferings(storedOfferings, model);
    private final ReadModelCoverage coverage = new ReadModelCoverage(storedCoverage, model);
    private final SearchOfferings search = new SearchOfferings(offerings, new ReadModelCommunes(storedCommunes, model),
            coverage);

    CatalogReadModelTest() {
        storedOfferings.put(menage);
        storedCommunes.put(new Commune(VOIRON, "Voiron", List.of("38500"), 20_000, "243800984", "CA du Pays Voironnais"));
    }

    @Test
    void searchesAreAnsweredFromMemoryWithoutAskingTheStoreWithinTheInterval() {
        assertThat(ids(searchAll())).containsExactly(menage.id());
        int reads = storedOfferings.reads;
        int versionReads = version.reads;
        storedOfferings.put(tonte); // written behind the read model's back, version unchanged

        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMillis(40));
            assertThat(ids(searchAll())).containsExactly(menage.id());
        }

        assertThat(storedOfferings.reads).isEqualTo(reads);
        assertThat(version.reads).isEqualTo(versionReads);
    }

    @Test
    void aChangeMadeThroughThisInstanceIsSeenAtOnce() {
        searchAll();

        offerings.add(tonte);

        assertThat(ids(searchAll())).containsExactly(menage.id(), tonte.id());
        assertThat(offerings.find(tonte.id())).contains(tonte);
    }

    @Test
    void aCoverageKeptByThisInstanceIsSeenAtOnce() {
        assertThat(search.search(inVoiron()).page().content()).isEmpty();
        CoverageSnapshot morning = new CoverageSnapshot(Instant.parse("2026-11-27T06:00:00Z"),
                Map.of(menage.id().value(), Set.of(VOIRON)));

        coverage.remember(morning);

        SearchResult result = search.search(inVoiron());
        assertThat(ids(result)).containsExactly(menage.id());
        assertThat(result.coverageAsOf()).contains(morning.asOf());
    }

    @Test
    void aChangeMadeByAnotherInstanceIsSeenOnceTheVersionWasChecked() {
        searchAll();
        storedOfferings.put(tonte); // another instance writes, then raises the version
        version.raise();

        clock.advance(CHECK.minusMillis(1));
        assertThat(ids(searchAll())).containsExactly(menage.id());
        clock.advance(Duration.ofMillis(1));
        assertThat(ids(searchAll())).containsExactly(menage.id(), tonte.id());
    }

    @Test
    void theVersionIsReadOncePerIntervalHoweverManySearches() {
        searchAll();
        int before = version.reads;

        clock.advance(CHECK);
        for (int i = 0; i < 20; i++) {
            searchAll();
        }

        assertThat(version.reads).isEqualTo(before + 1);
    }

    @Test
    void aChangeWrittenWithoutRaisingTheVersionIsSeenAfterTheMaximumAge() {
        searchAll();
        storedOfferings.put(tonte);

        clock.advance(MAX_AGE.minusMillis(1));
        assertThat(ids(searchAll())).containsExactly(menage.id());
        clock.advance(CHECK);
        assertThat(ids(searchAll())).containsExactly(menage.id(), tonte.id());
    }

    /**
     * The database-away contract of every service (issue 12: a 503 within 5 s, readiness down): a search
     * that finds the store away at its check fails like any read, and the next one asks again.
     */
    @Test
    void whenTheStoreCannotBeAskedTheSearchFailsAndTheNextOneAsksAgain() {
        searchAll();
        version.away = true;
        clock.advance(CHECK);

        assertThatThrownBy(this::searchAll).hasMessageContaining("store away");
        assertThatThrownBy(this::searchAll).as("no interval after a failed check").hasMessageContaining("store away");
        version.away = false;
        assertThat(ids(searchAll())).containsExactly(menage.id());
    }

    @Test
    void anUpdateRefusedBecauseAnotherInstanceChangedItFirstMakesTheNextReadCheckAtOnce() {
        searchAll();
        Offering renamedElsewhere = menage.update(OfferingFixtures.details("menage-domicile", "Ménage et repassage",
                Category.CLEANING, Audience.RESIDENT));
        storedOfferings.put(renamedElsewhere);
        version.raise();
        Offering staleEdit = offerings.find(menage.id()).orElseThrow().update(menage.details());

        assertThatThrownBy(() -> offerings.update(staleEdit)).isInstanceOf(OfferingChangedMeanwhile.class);

        assertThat(offerings.find(menage.id())).contains(renamedElsewhere);
    }

    @Test
    void aCommuneIsKnownFromMemory() {
        ReadModelCommunes communes = new ReadModelCommunes(storedCommunes, model);

        assertThat(communes.exists(VOIRON)).isTrue();
        assertThat(communes.exists("75056")).isFalse();
        assertThat(communes.find(VOIRON)).hasValueSatisfying(commune -> assertThat(commune.name()).isEqualTo("Voiron"));
    }

    private SearchResult searchAll() {
        return search.search(new SearchCriteria(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 20));
    }

    private static SearchCriteria inVoiron() {
        return new SearchCriteria(Optional.of(VOIRON), Optional.empty(), Optional.empty(), Optional.empty(), 0, 20);
    }

    private static List<OfferingId> ids(SearchResult result) {
        return result.page().content().stream().map(Offering::id).toList();
    }

    /** The store's services: the adapter's contract, counting whole reads. */
    private static final class StoredOfferings implements Offerings, AllOfferings {
        private final Map<OfferingId, Offering> byId = new LinkedHashMap<>();
        int reads;

        void put(Offering offering) {
            byId.put(offering.id(), offering);
        }

        @Override
        public List<Offering> all() {
            reads++;
            return List.copyOf(byId.values());
        }

        @Override
        public Optional<Offering> find(OfferingId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public void add(Offering offering) {
            put(offering);
        }

        @Override
        public boolean addIfAbsent(Offering offering) {
            return byId.putIfAbsent(offering.id(), offering) == null;
        }

        @Override
        public void update(Offering updated) {
            if (byId.get(updated.id()).version() != updated.version() - 1) {
                throw new OfferingChangedMeanwhile(updated.id());
            }
            put(updated);
        }

        @Override
        public Page<Offering> search(OfferingQuery query) {
            throw new AssertionError("searches are answered by the read model, never by the store");
        }
    }

    private static final class StoredCommunes implements Communes {
        private final Map<String, Commune> byCode = new LinkedHashMap<>();

        void put(Commune commune) {
            byCode.put(commune.inseeCode(), commune);
        }

        @Override
        public List<Commune> find(CommuneFilter filter, int page, int size) {
            return new ArrayList<>(byCode.values());
        }

        @Override
        public long count(CommuneFilter filter) {
            return byCode.size();
        }

        @Override
        public Optional<Commune> find(String inseeCode) {
            throw new AssertionError("a commune is looked up in the read model");
        }

        @Override
        public boolean exists(String inseeCode) {
            throw new AssertionError("a commune is looked up in the read model");
        }

        @Override
        public long store(Collection<Commune> communes) {
            communes.forEach(this::put);
            return byCode.size();
        }
    }

    private static final class StoredVersion implements CatalogVersion {
        private long value;
        int reads;
        boolean away;

        @Override
        public long current() {
            if (away) {
                throw new IllegalStateException("store away");
            }
            reads++;
            return value;
        }

        @Override
        public long raise() {
            return ++value;
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
