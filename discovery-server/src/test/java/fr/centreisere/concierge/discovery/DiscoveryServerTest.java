package fr.centreisere.concierge.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The registry answers only our own services: a stranger can neither register an instance (which
 * the gateway would then send users' requests to) nor list where everything runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class DiscoveryServerTest {

    /** An instance pointing at a port of the caller's choosing, as an attacker would register it. */
    static final String REGISTRATION = """
            {"instance": {"instanceId": "intruder:catalog-service:9999", "hostName": "intruder.example",
              "app": "CATALOG-SERVICE", "ipAddr": "192.0.2.66", "status": "UP",
              "port": {"$": 9999, "@enabled": "true"},
              "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", "name": "MyOwn"}}}
            """;

    @Autowired
    RestTestClient client;

    @Value("${concierge.registry.username}")
    String username;

    @Value("${concierge.registry.password}")
    String password;

    @Value("${local.management.port}")
    int managementPort;

    /** The actuator is on the management port, open there to anyone who can reach it (loopback, compose network). */
    @Test
    void probesAndInfoAreOpenToAnyoneOnTheManagementPort() throws Exception {
        for (String path : new String[] { "/actuator/health/readiness", "/actuator/health/liveness", "/actuator/info" }) {
            assertThat(onTheManagementPort(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(onTheManagementPort("/actuator/env").statusCode()).as("not exposed").isEqualTo(404);
        // the registry's own port has no actuator: what is not a probe needs the credentials there
        client.get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
    }

    private java.net.http.HttpResponse<String> onTheManagementPort(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + managementPort + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRegistrationWithoutCredentialsIsRefused() {
        client.post().uri("/eureka/apps/CATALOG-SERVICE").contentType(MediaType.APPLICATION_JSON).body(REGISTRATION)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic .*");
        listing(username, password).expectBody()
                .jsonPath("$.applications.application[?(@.name == 'CATALOG-SERVICE')]").doesNotExist();
    }

    @Test
    void aRegistrationWithWrongCredentialsIsRefused() {
        client.post().uri("/eureka/apps/CATALOG-SERVICE").contentType(MediaType.APPLICATION_JSON).body(REGISTRATION)
                .headers(headers -> headers.setBasicAuth(username, password + "x"))
                .exchange()
                .expectStatus().isUnauthorized();
        client.post().uri("/eureka/apps/CATALOG-SERVICE").contentType(MediaType.APPLICATION_JSON).body(REGISTRATION)
                .headers(headers -> headers.setBasicAuth("someone-else", password))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aListingWithoutCredentialsIsRefused() {
        client.get().uri("/eureka/apps").accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isUnauthorized();
        client.get().uri("/eureka/apps/CATALOG-SERVICE").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void theDashboardAndTheActuatorIndexNeedCredentials() {
        client.get().uri("/").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator").exchange().expectStatus().isUnauthorized();
        client.get().uri("/").headers(headers -> headers.setBasicAuth(username, password)).exchange()
                .expectStatus().isOk();
    }

    @Test
    void ourServicesRegisterRenewListAndLeaveWithTheCredentials() {
        // Eureka clients send no CSRF token: /eureka/** must accept their POST, PUT and DELETE
        client.post().uri("/eureka/apps/ORDER-SERVICE").contentType(MediaType.APPLICATION_JSON)
                .body(REGISTRATION.replace("CATALOG-SERVICE", "ORDER-SERVICE").replace("intruder:catalog-service", "ours:order-service"))
                .headers(headers -> headers.setBasicAuth(username, password))
                .exchange()
                .expectStatus().isNoContent();
        client.put().uri("/eureka/apps/ORDER-SERVICE/ours:order-service:9999")
                .headers(headers -> headers.setBasicAuth(username, password))
                .exchange()
                .expectStatus().isOk();
        listing(username, password).expectBody()
                .jsonPath("$.applications.application[?(@.name == 'ORDER-SERVICE')]").exists();
        client.delete().uri("/eureka/apps/ORDER-SERVICE/ours:order-service:9999")
                .headers(headers -> headers.setBasicAuth(username, password))
                .exchange()
                .expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec listing(String user, String secret) {
        return client.get().uri("/eureka/apps").accept(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBasicAuth(user, secret))
                .exchange()
                .expectStatus().isOk();
    }
}
