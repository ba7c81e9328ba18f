package fr.centreisere.concierge.provider.member.web;

import static fr.centreisere.concierge.provider.support.Api.coordinator;
import static fr.centreisere.concierge.provider.support.Api.staffOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The public directory, coordinators' management, capabilities edited by own staff, and the coverage for the catalog. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@org.springframework.context.annotation.Import(fr.centreisere.concierge.provider.support.Api.Keys.class)
@EnableWireMock(@ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.catalog.url"))
class MemberDirectoryTest {

    static final String BIKES = "/api/members/mbr-atelier-velo-voironnais/capabilities";

    @Autowired
    RestTestClient client;

    @InjectWireMock("catalog")
    WireMockServer catalog;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void theCatalogKnowsItsServices() {
        catalog.resetAll();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        catalog.stubFor(WireMock.get(urlPathMatching("/api/catalog/services/svc-.*"))
                .willReturn(okJson("{\"id\":\"svc-x\",\"active\":true}")));
        catalog.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/services/svc-nope")).willReturn(notFound()));
    }

    private String capabilitiesOfTheBikeWorkshop() {
        return client.get().uri(BIKES).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
    }

    @Test
    void aListHoldingAServiceTheCatalogDoesNotKnowIsRefusedWholeAndChangesNothing() {
        String before = capabilitiesOfTheBikeWorkshop();
        client.put().uri(BIKES).headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body("[{\"serviceId\":\"svc-reparation-velo\",\"communes\":[\"38563\"],\"dailyCapacity\":1},"
                        + "{\"serviceId\":\"svc-nope\",\"communes\":[\"38563\"],\"dailyCapacity\":1}]")
                .exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("svc-nope"));
        assertThat(capabilitiesOfTheBikeWorkshop()).isEqualTo(before);
        catalog.verify(WireMock.getRequestedFor(urlPathEqualTo("/api/catalog/services/svc-nope")));
    }

    @Test
    void withTheCatalogDownACapabilityChangeIs503AndChangesNothing() {
        catalog.stubFor(WireMock.get(urlPathMatching("/api/catalog/services/.*")).willReturn(serverError()));
        String before = capabilitiesOfTheBikeWorkshop();
        client.put().uri(BIKES + "/svc-tonte-pelouse").headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"communes\":[\"38563\"],\"dailyCapacity\":2}")
                .exchange().expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(capabilitiesOfTheBikeWorkshop()).isEqualTo(before);
    }

    @Test
    void capabilitiesAreChangedOneAtATime() {
        List<String> before = JsonPath.read(capabilitiesOfTheBikeWorkshop(), "$[*].serviceId");
        assertThat(before).isNotEmpty().doesNotContain("svc-tonte-pelouse");

        client.put().uri(BIKES + "/svc-tonte-pelouse").headers(staffOf("mbr-atelier-velo-voironnais"))
                .contentType(MediaType.APPLICATION_JSON).body("{\"communes\":[\"38563\",\"38565\"],\"dailyCapacity\":2}")
                .exchange().expectStatus().isOk();
        String added = capabilitiesOfTheBikeWorkshop();
        assertThat(JsonPath.<List<String>>read(added, "$[*].serviceId")).containsAll(before).contains("svc-tonte-pelouse");
        assertThat(JsonPath.<List<Integer>>read(added, "$[?(@.serviceId == 'svc-tonte-pelouse')].dailyCapacity")).containsExactly(2);

        // the same service again replaces that one only
        client.put().uri(BIKES + "/svc-tonte-pelouse").headers(coordinator())
                .contentType(MediaType.APPLICATION_JSON).body("{\"communes\":[\"38563\"],\"dailyCapacity\":5}")
                .exchange().expectStatus().isOk();
        assertThat(JsonPath.<List<Integer>>read(capabilitiesOfTheBikeWorkshop(), "$[?(@.serviceId == 'svc-tonte-pelouse')].dailyCapacity"))
                .containsExactly(5);

        client.put().uri(BIKES + "/svc-nope").headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"communes\":[\"38563\"],\"dailyCapacity\":1}").exchange().expectStatus().isEqualTo(422);
        client.put().uri(BIKES + "/svc-tonte-pelouse").headers(staffOf("mbr-pli-parfait")).contentType(MediaType.APPLICATION_JSON)
                .body("{\"communes\":[\"38563\"],\"dailyCapacity\":1}").exchange().expectStatus().isNotFound();
        client.put().uri(BIKES + "/svc-tonte-pelouse").headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"communes\":[null],\"dailyCapacity\":1}").exchange().expectStatus().isBadRequest();
        // a commune outside the territory: 422, and nothing changes
        String beforeOutside = capabilitiesOfTheBikeWorkshop();
        client.put().uri(BIKES + "/svc-tonte-pelouse").headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"communes\":[\"38563\",\"75056\"],\"dailyCapacity\":1}").exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(capabilitiesOfTheBikeWorkshop()).isEqualTo(beforeOutside);
        client.put().uri(BIKES + "/not%20a%20service").headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"communes\":[\"38563\"],\"dailyCapacity\":1}").exchange().expectStatus().isBadRequest();

        client.delete().uri(BIKES + "/svc-tonte-pelouse").headers(coordinator()).exchange().expectStatus().isOk();
        assertThat(JsonPath.<List<String>>read(capabilitiesOfTheBikeWorkshop(), "$[*].serviceId")).containsExactlyElementsOf(before);
        client.delete().uri(BIKES + "/svc-tonte-pelouse").headers(coordinator()).exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.delete().uri(BIKES + "/svc-reparation-velo").headers(fr.centreisere.concierge.provider.support.Api.resident())
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void namesAndDescriptionsArePrintableText() {
        client.post().uri("/api/members").headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"Atelier\\u0000\\u202Eevil\",\"structureType\":\"ACI\",\"description\":\"ok\\u2066\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(f -> assertThat(f.toString()).contains("name", "description"));
    }

    @Test
    void ourServicesAskWhetherAMemberExists() {
        client.get().uri("/internal/members/mbr-atelier-velo-voironnais").headers(fr.centreisere.concierge.provider.support.Api.internal())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo("mbr-atelier-velo-voironnais").jsonPath("$.active").isEqualTo(true);
        client.get().uri("/internal/members/mbr-nope").headers(fr.centreisere.concierge.provider.support.Api.internal())
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/internal/members/mbr-atelier-velo-voironnais").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void orderServiceReadsAMembersLegalIdentityForItsInvoices() {
        client.get().uri("/internal/members/mbr-atelier-velo-voironnais/legal-identity")
                .headers(fr.centreisere.concierge.provider.support.Api.internal())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.memberId").isEqualTo("mbr-atelier-velo-voironnais")
                .jsonPath("$.name").isEqualTo("L'Atelier Vélo Voironnais")
                .jsonPath("$.siret").isEqualTo("81234567800011")
                .jsonPath("$.line1").value(line -> assertThat((String) line).endsWith("rue de la République"))
                .jsonPath("$.postalCode").isEqualTo("38500")
                .jsonPath("$.city").isEqualTo("Voiron");
        client.get().uri("/internal/members/mbr-nope/legal-identity").headers(fr.centreisere.concierge.provider.support.Api.internal())
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/internal/members/mbr-atelier-velo-voironnais/legal-identity").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void theDirectoryListsTheSeededMembersWithoutTheirPrivateDetails() {
        client.get().uri("/api/members?size=100").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalElements").isEqualTo(24)
                .jsonPath("$.content[?(@.id == 'mbr-atelier-velo-voironnais')].structureType").isEqualTo(List.of("ASSOCIATION"))
                .jsonPath("$.content[?(@.id == 'mbr-coursiers-du-voironnais')].structureType").isEqualTo(List.of("SCOP"))
                .jsonPath("$.content[?(@.id == 'mbr-coursiers-du-voironnais')].categories[*]").value(c ->
                        assertThat(c.toString()).contains("DELIVERY", "ERRANDS"))
                .jsonPath("$.content[0].siret").doesNotExist()
                .jsonPath("$.content[0].contactEmail").doesNotExist();
        client.get().uri("/api/members?category=BIKE_RENTAL&commune=38563").exchange()
                .expectBody().jsonPath("$.content[*].id").isEqualTo(List.of("mbr-atelier-velo-voironnais"));
        client.get().uri("/api/members/mbr-nobody").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void coordinatorsRegisterAndSuspendMembersOthersMayNot() {
        String body = """
                {"id":"mbr-regie-de-quartier-rives","name":"Régie de quartier de Rives","siret":"81234567809999",
                 "structureType":"ACI","description":"Régie de quartier","contactEmail":"contact@regie.example.org",
                 "baseCommune":"38337","active":true}
                """;
        client.post().uri("/api/members").headers(staffOf("mbr-pli-parfait")).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isForbidden();
        client.post().uri("/api/members").headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isCreated()
                .expectHeader().location("/api/members/mbr-regie-de-quartier-rives")
                .expectBody().jsonPath("$.siret").isEqualTo("81234567809999");
        client.post().uri("/api/members").headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isEqualTo(409);
        client.post().uri("/api/members").headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"\",\"structureType\":\"PIRATE\"}").exchange().expectStatus().isBadRequest();
        client.post().uri("/api/members").headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"\",\"structureType\":\"ACI\",\"siret\":\"12\"}").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(f -> assertThat(f.toString()).contains("name", "siret"));

        client.put().uri("/api/members/mbr-regie-de-quartier-rives").headers(coordinator())
                .contentType(MediaType.APPLICATION_JSON).body(body.replace("\"active\":true", "\"active\":false"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(false);
        client.get().uri("/api/members/mbr-regie-de-quartier-rives").exchange().expectStatus().isNotFound();
        // a coordinator still finds the suspended member in the list, to reactivate it; nobody else does
        client.get().uri("/api/members?size=100&suspended=true").headers(coordinator()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.content[?(@.id == 'mbr-regie-de-quartier-rives')].active").isEqualTo(List.of(false));
        for (String path : List.of("/api/members?size=100", "/api/members?size=100&suspended=true")) {
            client.get().uri(path).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.content[?(@.id == 'mbr-regie-de-quartier-rives')]").isEmpty();
        }
        client.get().uri("/api/members?size=100&suspended=true").headers(staffOf("mbr-pli-parfait")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.content[?(@.id == 'mbr-regie-de-quartier-rives')]").isEmpty();
    }

    @Test
    void ownStaffEditCapabilitiesAndTheCoverageFollows() {
        String coverage = client.get().uri("/internal/coverage").headers(fr.centreisere.concierge.provider.support.Api.internal()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        List<String> cargoBefore = JsonPath.read(coverage, "$.services[?(@.serviceId == 'svc-location-velo-cargo')].communes[*]");
        assertThat(cargoBefore).doesNotContain("38216").hasSizeLessThan(78);
        List<String> groceries = JsonPath.read(coverage, "$.services[?(@.serviceId == 'svc-livraison-courses')].communes[*]");
        assertThat(groceries).hasSize(78);

        String capabilities = """
                [{"serviceId":"svc-reparation-velo","communes":["38563","38565"],"dailyCapacity":6},
                 {"serviceId":"svc-location-velo-cargo","communes":["38563","38216"],"dailyCapacity":2}]
                """;
        client.put().uri("/api/members/mbr-atelier-velo-voironnais/capabilities").headers(staffOf("mbr-pli-parfait"))
                .contentType(MediaType.APPLICATION_JSON).body(capabilities).exchange().expectStatus().isNotFound();
        client.put().uri("/api/members/mbr-atelier-velo-voironnais/capabilities").headers(staffOf("mbr-atelier-velo-voironnais"))
                .contentType(MediaType.APPLICATION_JSON).body("[{\"serviceId\":\"svc-reparation-velo\",\"communes\":[\"99999\"],\"dailyCapacity\":1}]")
                .exchange().expectStatus().isEqualTo(422);
        client.put().uri("/api/members/mbr-atelier-velo-voironnais/capabilities").headers(staffOf("mbr-atelier-velo-voironnais"))
                .contentType(MediaType.APPLICATION_JSON).body("[{\"serviceId\":\"svc-reparation-velo\",\"communes\":[],\"dailyCapacity\":0}]")
                .exchange().expectStatus().isBadRequest();
        client.put().uri("/api/members/mbr-atelier-velo-voironnais/capabilities").headers(staffOf("mbr-atelier-velo-voironnais"))
                .contentType(MediaType.APPLICATION_JSON).body(capabilities).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2);

        String after = client.get().uri("/internal/coverage").headers(fr.centreisere.concierge.provider.support.Api.internal()).exchange().expectBody(String.class).returnResult().getResponseBody();
        List<String> cargoAfter = JsonPath.read(after, "$.services[?(@.serviceId == 'svc-location-velo-cargo')].communes[*]");
        assertThat(cargoAfter).contains("38216");
    }
}
