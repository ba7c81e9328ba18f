package fr.centreisere.concierge.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What the launcher, the gateway and the other services rely on from every MVC service, checked the
 * same way in each: it is ready once its database answers, publishes an OpenAPI description of its
 * public API that says what really answers (problems, the bearer token, real media types), and refuses
 * {@code /internal/**} without the internal token; its actuator answers on its management port only. A service's test class extends this with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and {@code @AutoConfigureRestTestClient}, and
 * adds what is its own.
 */
public abstract class ServiceStartsContract {

    @Autowired
    protected RestTestClient client;

    /** The port the actuator has to itself ({@code management.server.port}; random in tests). */
    @LocalManagementPort
    protected int managementPort;

    @LocalServerPort
    protected int apiPort;

    /** The service's name, as in its OpenAPI title and in Eureka. */
    protected abstract String serviceName();

    @Test
    void isReadyOnceItsDatabaseAnswers() {
        RawHttp.Answer readiness = RawHttp.get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    /** The actuator answers on the management port only: the API's port, the one the gateway routes to, has none of it. */
    @Test
    void servesItsActuatorOnTheManagementPortOnly() {
        assertThat(managementPort).isNotEqualTo(apiPort);
        for (String path : new String[] { "/actuator/health", "/actuator/info", "/actuator/prometheus", "/actuator" }) {
            RawHttp.Answer onTheApiPort = RawHttp.get(apiPort, path);
            assertThat(onTheApiPort.status()).as(path + " on the API's port: " + onTheApiPort).isIn(401, 404);
            assertThat(onTheApiPort.isProblem()).as(path + " on the API's port: " + onTheApiPort).isTrue();
        }
        RawHttp.Answer info = RawHttp.get(managementPort, "/actuator/info");
        assertThat(info.status()).as(info.toString()).isEqualTo(200);
        // only what is exposed (health, info, prometheus): no other endpoint on the management port either
        assertThat(RawHttp.get(managementPort, "/actuator/env").status()).isEqualTo(404);
        assertThat(RawHttp.get(managementPort, "/actuator/metrics").status()).isEqualTo(404);
        // nor the API: the management port serves the actuator alone
        assertThat(RawHttp.get(managementPort, "/v3/api-docs").status()).isEqualTo(404);
    }

    @Test
    void publishesItsOpenApiDescriptionForTheGateway() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.info.title").value(title -> assertThat((String) title).contains(serviceName()))
                .jsonPath("$.servers[0].url").isEqualTo("/");
    }

    /** The public description matches the API (see {@link OpenApiDescriptions}). */
    @Test
    void describesItsPublicApiAsItAnswers() {
        String body = client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        OpenApiDescriptions.check(serviceName(), body);
    }

    /** What the services say to each other has its own description, which the gateway never serves. */
    @Test
    void describesItsInternalApiApart() {
        client.get().uri("/v3/api-docs/internal").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths").value(paths -> assertThat(((Map<?, ?>) paths).keySet())
                        .allSatisfy(path -> assertThat(path.toString()).startsWith("/internal/")));
    }

    @Test
    void refusesInternalCallsWithoutTheInternalToken() {
        client.get().uri("/internal/anything").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/unauthorized");
    }
}
