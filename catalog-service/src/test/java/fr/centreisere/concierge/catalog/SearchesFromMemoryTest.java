package fr.centreisere.concierge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import fr.centreisere.concierge.catalog.offering.Audience;
import fr.centreisere.concierge.catalog.offering.Offerings;
import fr.centreisere.concierge.catalog.offering.SearchCriteria;
import fr.centreisere.concierge.catalog.offering.SearchOfferings;
import fr.centreisere.concierge.catalog.territory.Communes;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Searches are answered from the catalog in memory, as the store would answer them: a change written into
 * the store by another instance is seen once that instance raised the catalog's version (here every search
 * checks it: {@code check-interval=0ms}), and not before; the list view for screens leaves the descriptions out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "catalog.read-model.check-interval=0ms", "catalog.read-model.max-age=1h" })
@AutoConfigureRestTestClient
class SearchesFromMemoryTest {

    private static final String VOIRON = "38563";
    private static final String MOIRANS = "38239";

    @Autowired
    RestTestClient client;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KnownCoverage coverage;
    @Autowired
    SearchOfferings searchFromMemory;
    @Autowired
    @Qualifier("mongoOfferings")
    Offerings storedOfferings;
    @Autowired
    @Qualifier("mongoCommunes")
    Communes storedCommunes;
    @Autowired
    @Qualifier("mongoKnownCoverage")
    KnownCoverage storedCoverage;

    @BeforeEach
    void aCoverageOverTwoCommunes() {
        coverage.remember(new CoverageSnapshot(Instant.now(), Map.of(
                "svc-menage-domicile", Set.of(VOIRON, MOIRANS),
                "svc-location-velo-electrique", Set.of(VOIRON),
                "svc-location-velo-cargo", Set.of(VOIRON),
                "svc-reparation-velo", Set.of(MOIRANS),
                "svc-tonte-pelouse", Set.of(MOIRANS),
                "svc-nettoyage-bureaux", Set.of(VOIRON))));
    }

    @Test
    void everySearchAnswersAsTheStoreWouldAnswerIt() {
        SearchOfferings searchInStore = new SearchOfferings(storedOfferings, storedCommunes, storedCoverage);
        List<Optional<String>> communes = List.of(Optional.empty(), Optional.of(VOIRON), Optional.of(MOIRANS));
        List<Optional<Category>> categories = new ArrayList<>(List.of(Optional.empty()));
        for (Category category : Category.values()) {
            categories.add(Optional.of(category));
        }
        List<Optional<Audience>> audiences = List.of(Optional.empty(), Optional.of(Audience.RESIDENT),
                Optional.of(Audience.COMPANY), Optional.of(Audience.ALL));
        List<Optional<String>> texts = List.of(Optional.empty(), Optional.of("velo"), Optional.of("VÉLO électrique"),
                Optional.of("domicile"), Optional.of("repair"), Optional.of("nothing-like-this"));
        int[][] pages = { { 0, 20 }, { 0, 3 }, { 1, 3 }, { 2, 3 }, { 40, 5 }, { 0, 100 } };
        int compared = 0;
        for (Optional<String> commune : communes) {
            for (Optional<Category> category : categories) {
                for (Optional<Audience> audience : audiences) {
                    for (Optional<String> text : texts) {
                        for (int[] page : pages) {
                            SearchCriteria criteria = new SearchCriteria(commune, category, audience, text, page[0], page[1]);
                            assertThat(searchFromMemory.search(criteria)).as(criteria.toString())
                                    .isEqualTo(searchInStore.search(criteria));
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(3 * 10 * 4 * 6 * 6);
    }

    @Test
    void aChangeWrittenByAnotherInstanceIsSeenOnceItRaisedTheVersion() {
        searchesFor("trottinette").expectBody().jsonPath("$.totalElements").isEqualTo(0);
        // another instance renames a service in the store...
        mongo.updateFirst(Query.query(where("_id").is("svc-reparation-velo")),
                new Update().set("title.fr", "Réparation de trottinette").set("sortTitle", "reparation de trottinette")
                        .set("searchText", "reparation de trottinette").inc("version", 1), "services");

        searchesFor("trottinette").expectBody().jsonPath("$.totalElements").isEqualTo(0); // the catalog in memory

        // ...and raises the catalog's version, as every change does
        mongo.upsert(Query.query(where("_id").is("catalog")), new Update().inc("version", 1L), "catalog_version");

        searchesFor("trottinette").expectBody()
                .jsonPath("$.totalElements").isEqualTo(1)
                .jsonPath("$.content[0].id").isEqualTo("svc-reparation-velo");
    }

    @Test
    void theSummaryViewGivesWhatAListShowsWithoutTheDescriptions() {
        client.get().uri("/api/catalog/services?commune={commune}&view=summary", VOIRON).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalElements").isEqualTo(4)
                .jsonPath("$.coverageAsOf").exists()
                .jsonPath("$.content[0].id").isEqualTo("svc-location-velo-electrique")
                .jsonPath("$.content[0].title.fr").isEqualTo("Location de vélo à assistance électrique")
                .jsonPath("$.content[0].category").isEqualTo("BIKE_RENTAL")
                .jsonPath("$.content[0].priceModel").exists()
                .jsonPath("$.content[0].unitPriceCents").isNumber()
                .jsonPath("$.content[0].vatRatePercent").isNumber()
                .jsonPath("$.content[0].audience").exists()
                .jsonPath("$.content[0].active").isEqualTo(true)
                .jsonPath("$.content[*].description").value(descriptions ->
                        assertThat(descriptions).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty());
        client.get().uri("/api/catalog/services?commune={commune}", VOIRON).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.content[0].description.fr").isNotEmpty(); // the full view stays the default
    }

    @Test
    void anUnknownViewIsABadRequestNamingIt() {
        client.get().uri("/api/catalog/services?view=everything").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("view");
    }

    private RestTestClient.ResponseSpec searchesFor(String text) {
        return client.get().uri("/api/catalog/services?q={q}", text).exchange().expectStatus().isOk();
    }
}
