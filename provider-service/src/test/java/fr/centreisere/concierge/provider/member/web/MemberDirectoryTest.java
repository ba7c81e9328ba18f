package fr.centreisere.concierge.provider.member.web;

import static fr.centreisere.concierge.provider.support.Api.coordinator;
import static fr.centreisere.concierge.provider.support.Api.staffOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
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
class MemberDirectoryTest {

    @Autowired
    RestTestClient client;

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
