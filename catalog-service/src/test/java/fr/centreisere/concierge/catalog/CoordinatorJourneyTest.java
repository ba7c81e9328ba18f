package fr.centreisere.concierge.catalog;

import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A coordinator edits the catalog through the whole service (security, validation, database with its unique
 * index). Only the token's signature check is stood in for: the gateway's key set is not running here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class CoordinatorJourneyTest {

    private static final String COORDINATOR = "Bearer coordinator-token";
    private static final String RESIDENT = "Bearer resident-token";

    @Autowired
    RestTestClient client;

    @MockitoBean
    JwtDecoder tokens;

    @BeforeEach
    void twoSignedInPeople() {
        given(tokens.decode("coordinator-token")).willReturn(token("usr-demo-coordinator", "COORDINATOR"));
        given(tokens.decode("resident-token")).willReturn(token("usr-demo-resident", "RESIDENT"));
    }

    @Test
    void aCoordinatorAddsAServiceThenRenamesItAndPeopleFindIt() {
        client.post().uri("/api/catalog/services").header(HttpHeaders.AUTHORIZATION, COORDINATOR)
                .contentType(MediaType.APPLICATION_JSON).body(body("atelier-cycles", "Atelier de réparation de cycles", true))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().location("/api/catalog/services/svc-atelier-cycles");

        client.put().uri("/api/catalog/services/svc-atelier-cycles").header(HttpHeaders.AUTHORIZATION, COORDINATOR)
                .contentType(MediaType.APPLICATION_JSON).body(body("atelier-velos", "Atelier vélos et trottinettes", true))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo("svc-atelier-cycles").jsonPath("$.slug").isEqualTo("atelier-velos");

        client.get().uri("/api/catalog/services?q=TROTTINETTES velo").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalElements").isEqualTo(1).jsonPath("$.content[0].id").isEqualTo("svc-atelier-cycles");
    }

    @Test
    void aSlugAlreadyUsedIsAConflictWhetherCreatingOrUpdating() {
        client.post().uri("/api/catalog/services").header(HttpHeaders.AUTHORIZATION, COORDINATOR)
                .contentType(MediaType.APPLICATION_JSON).body(body("tonte-pelouse", "Tonte", true))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.put().uri("/api/catalog/services/svc-taille-haies").header(HttpHeaders.AUTHORIZATION, COORDINATOR)
                .contentType(MediaType.APPLICATION_JSON).body(body("tonte-pelouse", "Taille de haies", true))
                .exchange()
                .expectStatus().isEqualTo(409);
        client.put().uri("/api/catalog/services/svc-nothing").header(HttpHeaders.AUTHORIZATION, COORDINATOR)
                .contentType(MediaType.APPLICATION_JSON).body(body("nothing", "Rien", true))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aResidentCannotEditTheCatalogAndNobodyCanWithoutSigningIn() {
        client.post().uri("/api/catalog/services").header(HttpHeaders.AUTHORIZATION, RESIDENT)
                .contentType(MediaType.APPLICATION_JSON).body(body("sans-droit", "Sans droit", true))
                .exchange()
                .expectStatus().isForbidden();
        client.post().uri("/api/catalog/services")
                .contentType(MediaType.APPLICATION_JSON).body(body("sans-droit", "Sans droit", true))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    private static String body(String slug, String titleFr, boolean active) {
        return """
                {"slug": "%s", "title": {"fr": "%s", "en": "Bike workshop"},
                 "description": {"fr": "Réparation de vélos et trottinettes en atelier solidaire.",
                                 "en": "Bike and scooter repair in a community workshop."},
                 "category": "SMALL_REPAIRS", "priceModel": "FIXED", "unitPriceCents": 3000, "vatRatePercent": 20,
                 "minQuantity": 1, "maxQuantity": 2, "leadTimeHours": 24, "audience": "ALL", "active": %s}
                """.formatted(slug, titleFr, active);
    }

    private static Jwt token(String subject, String role) {
        Instant now = Instant.now();
        return Jwt.withTokenValue(subject).header("alg", "RS256").subject(subject).issuer("concierge-gateway")
                .claim("roles", List.of(role)).issuedAt(now).expiresAt(now.plusSeconds(600)).build();
    }
}
