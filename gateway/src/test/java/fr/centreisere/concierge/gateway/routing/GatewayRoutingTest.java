package fr.centreisere.concierge.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.centreisere.concierge.gateway.identity.AccessTokens;
import fr.centreisere.concierge.gateway.identity.Account;
import fr.centreisere.concierge.gateway.identity.EmailAddress;
import fr.centreisere.concierge.gateway.identity.PasswordHash;
import fr.centreisere.concierge.gateway.identity.Role;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's routes, through real HTTP: WireMock stands in for catalog-service and
 * notification-service (registered in a simple discovery client), order-service is registered at a
 * port where nothing listens, and provider-service is not registered at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayRoutingTest {

    static final WireMockServer catalog = new WireMockServer(wireMockConfig().dynamicPort());
    static final WireMockServer notifications = new WireMockServer(wireMockConfig().dynamicPort());

    @Autowired
    WebTestClient client;

    @Autowired
    AccessTokens tokens;

    String residentToken() {
        Account resident = new Account("usr-routing-test", new EmailAddress("routing@demo.test"), PasswordHash.of("-"),
                "Routing Test", null, null, Set.of(Role.RESIDENT), null, null, Instant.now());
        return tokens.issue(resident).value();
    }

    @BeforeAll
    static void startCatalog() {
        catalog.start();
        catalog.stubFor(get(urlEqualTo("/api/catalog/categories"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
        catalog.stubFor(get(urlEqualTo("/api/catalog/html-error"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/html").withBody("<html>Bad</html>")));
        catalog.stubFor(get(urlEqualTo("/api/catalog/empty-error")).willReturn(aResponse().withStatus(400)));
        catalog.stubFor(get(urlEqualTo("/api/catalog/problem"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://concierge.centre-isere.fr/problems/conflict\",\"title\":\"Conflit\",\"status\":409}")));
        catalog.stubFor(get(urlEqualTo("/v3/api-docs"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"openapi\":\"3.1.0\"}")));
        notifications.start();
        notifications.stubFor(get(urlEqualTo("/api/notifications?page=0&size=20"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"unreadCount\":2}")));
        notifications.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/api/notifications/ntf-1/read"))
                .willReturn(aResponse().withStatus(204)));
        notifications.stubFor(get(urlEqualTo("/v3/api-docs"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"notification-service\"}}")));
    }

    @AfterAll
    static void stopCatalog() {
        catalog.stop();
        notifications.stop();
    }

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::baseUrl);
        registry.add("spring.cloud.discovery.client.simple.instances.notification-service[0].uri", notifications::baseUrl);
        // registered, but nothing listens there: the service has just died
        registry.add("spring.cloud.discovery.client.simple.instances.order-service[0].uri",
                () -> "http://localhost:" + unusedPort());
    }

    static int unusedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void routesTheCatalogApiToCatalogServiceByName() {
        client.get().uri("/api/catalog/categories").exchange()
                .expectStatus().isOk()
                .expectBody().json("[]");
        catalog.verify(getRequestedFor(urlEqualTo("/api/catalog/categories")));
    }

    @Test
    void routesTheNotificationsApiToNotificationServiceByNameForTheSignedInOnly() {
        client.get().uri("/api/notifications?page=0&size=20").exchange()
                .expectStatus().isUnauthorized();
        notifications.verify(0, getRequestedFor(urlEqualTo("/api/notifications?page=0&size=20")));

        String token = residentToken();
        client.get().uri("/api/notifications?page=0&size=20").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.unreadCount").isEqualTo(2);
        client.post().uri("/api/notifications/ntf-1/read").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNoContent();
        // the path is not rewritten and the caller's token goes along: the service checks it again
        notifications.verify(getRequestedFor(urlEqualTo("/api/notifications?page=0&size=20"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        notifications.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/api/notifications/ntf-1/read")));
        client.get().uri("/v3/api-docs/notification-service").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.info.title").isEqualTo("notification-service");
    }

    @Test
    void servesEachServicesOpenApiDescription() {
        client.get().uri("/v3/api-docs/catalog-service").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.1.0");
    }

    @Test
    void answers503ProblemWhenTheServiceIsNotRegistered() {
        client.get().uri("/api/members").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/service-unavailable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("provider-service"));
    }

    @Test
    void routesAvailabilityToProviderServiceForAnyoneAndTheRotationOnlyWithAToken() {
        // provider-service is not registered: a routed request answers 503 naming it, not 401 or 404
        client.get().uri("/api/availability?serviceId=svc-reparation-velo&commune=38563").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("provider-service"));
        client.get().uri("/api/rotation/BIKE_REPAIR/2026-12").exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/api/rotation/BIKE_REPAIR/2026-12").header("Authorization", "Bearer " + residentToken()).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("provider-service"));
    }

    @Test
    void aMembersInvoicesGoToOrderServiceAndTheRestOfTheMemberToProviderService() {
        String token = residentToken();
        // order-service is registered (at a dead port), provider-service is not: the 503's detail tells which was asked
        for (String path : List.of("/api/members/mbr-atelier-velo-voironnais/invoices",
                "/api/members/mbr-atelier-velo-voironnais/invoices/FA-2026-000001", "/api/invoices",
                "/api/invoices/closings")) {
            client.get().uri(path).header("Authorization", "Bearer " + token).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).as(path)
                            .doesNotContain("provider-service"));
        }
        for (String path : List.of("/api/members/mbr-atelier-velo-voironnais",
                "/api/members/mbr-atelier-velo-voironnais/details", "/api/members/mbr-atelier-velo-voironnais/invoices-x")) {
            client.get().uri(path).header("Authorization", "Bearer " + token).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).as(path)
                            .contains("provider-service"));
        }
    }

    @Test
    void answers503ProblemWhenTheRegisteredServiceDoesNotAnswer() {
        client.get().uri("/api/orders").header("Authorization", "Bearer " + residentToken()).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(503);
    }

    @Test
    void relaysTheCallersTokenToTheService() {
        String token = residentToken();
        client.get().uri("/api/catalog/categories").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk();
        catalog.verify(getRequestedFor(urlEqualTo("/api/catalog/categories"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void neverRelaysAnInternalTokenFromOutside() {
        client.get().uri("/api/catalog/categories").header("X-Internal-Token", "a-guess-from-outside").exchange()
                .expectStatus().isOk();
        // no request the catalog ever received carried it
        catalog.verify(0, getRequestedFor(urlEqualTo("/api/catalog/categories"))
                .withHeader("X-Internal-Token", com.github.tomakehurst.wiremock.client.WireMock.matching(".*")));
    }

    @Test
    void neverRoutesInternalEndpoints() {
        for (String path : List.of("/internal/coverage", "/api/catalog/%2e%2e/internal/coverage")) {
            client.get().uri(path).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        catalog.verify(0, getRequestedFor(urlEqualTo("/internal/coverage")));
    }

    @Test
    void anErrorAServiceAnswersWithoutAProblemDocumentReachesTheClientAsOne() {
        for (String path : List.of("/api/catalog/html-error", "/api/catalog/empty-error")) {
            client.get().uri(path).exchange()
                    .expectStatus().isEqualTo(400)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/malformed-request")
                    .jsonPath("$.status").isEqualTo(400)
                    .jsonPath("$.title").exists();
        }
        client.get().uri("/api/catalog/problem").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/conflict");
    }

    @Test
    void servesTheWebUiInFrench() {
        client.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("lang=\"fr\"")
                        .contains("Conciergerie"));
    }
}
