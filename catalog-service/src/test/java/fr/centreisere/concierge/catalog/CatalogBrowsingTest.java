package fr.centreisere.concierge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.centreisere.concierge.catalog.offering.Money;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingDetails;
import fr.centreisere.concierge.catalog.offering.OfferingId;
import fr.centreisere.concierge.catalog.offering.Offerings;
import fr.centreisere.concierge.catalog.territory.CommuneFilter;
import fr.centreisere.concierge.catalog.territory.Communes;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The catalog as a visitor finds it after a first start: the territory and the seed catalog are there,
 * searchable without accents; starting again changes nothing and keeps a coordinator's edit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class CatalogBrowsingTest {

    @Autowired
    RestTestClient client;
    @Autowired
    Offerings offerings;
    @Autowired
    Communes communes;
    @Autowired
    List<ApplicationRunner> runners;

    @Test
    void theSeventyEightCommunesAreListedByNameInOnePage() {
        client.get().uri("/api/catalog/communes").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalElements").isEqualTo(78)
                .jsonPath("$.content.length()").isEqualTo(78)
                .jsonPath("$.content[0].name").isEqualTo("Auberives-en-Royans");
        client.get().uri("/api/catalog/communes?postalCode=38500").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.content[*].name").value(names ->
                        assertThat(names).asInstanceOf(InstanceOfAssertFactories.LIST).contains("Voiron", "Coublevie", "La Buisse"));
    }

    @Test
    void veloFindsTheBikeServicesOfTheSeedCatalog() {
        client.get().uri("/api/catalog/services?q=velo").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content[*].id").value(ids -> assertThat(ids).asInstanceOf(InstanceOfAssertFactories.LIST).contains(
                        "svc-location-velo-electrique", "svc-location-velo-cargo", "svc-reparation-velo",
                        "svc-livraison-colis-velo-cargo"))
                .jsonPath("$.content[0].title.fr").isEqualTo("Location de vélo à assistance électrique");
    }

    @Test
    void listsTheWholeCatalogPageByPage() {
        client.get().uri("/api/catalog/services?page=1&size=10").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalElements").isEqualTo(29)
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.content.length()").isEqualTo(10);
    }

    @Test
    void anUnknownCommuneIsABadRequestNotAnEmptyPage() {
        client.get().uri("/api/catalog/services?commune=75056").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("commune");
    }

    @Test
    void startingAgainAddsNothingAndKeepsACoordinatorsEdit() throws Exception {
        Offering menage = offerings.find(new OfferingId("svc-menage-domicile")).orElseThrow();
        OfferingDetails details = menage.details();
        Offering edited = menage.update(new OfferingDetails(details.slug(), details.title(), details.description(),
                details.category(), details.priceModel(), Money.ofCents(3100),
                details.vatRate(), details.quantityBounds(), details.leadTimeHours(), details.audience(), details.active()));
        offerings.update(edited);

        for (ApplicationRunner runner : runners) {
            if (runner.getClass().getName().startsWith("fr.centreisere.concierge.catalog")) {
                runner.run(new DefaultApplicationArguments());
            }
        }

        assertThat(offerings.find(menage.id())).contains(edited);
        assertThat(communes.count(CommuneFilter.all())).isEqualTo(78);
        client.get().uri("/api/catalog/services?size=100").exchange()
                .expectBody().jsonPath("$.totalElements").isEqualTo(29);
        client.get().uri("/api/catalog/services/svc-menage-domicile").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.unitPriceCents").isEqualTo(3100);
    }
}
