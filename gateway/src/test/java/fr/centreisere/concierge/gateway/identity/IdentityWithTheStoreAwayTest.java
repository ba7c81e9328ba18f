package fr.centreisere.concierge.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.centreisere.concierge.testsupport.WithoutMongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The identity database away, for real (issue 12): a wire-protocol server this test stops. Login and
 * register answer a 503 problem with Retry-After within 5 s (they answered 500 after 30 s), readiness
 * is down; back on the same port, both answer again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
@WithoutMongoServer
class IdentityWithTheStoreAwayTest {

    static final String PASSWORD = "un-mot-de-passe-solide";

    static MongoServer store = new MongoServer(new MemoryBackend());
    static final int port = store.bind().getPort();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + port);
    }

    @AfterAll
    static void stop() {
        store.shutdownNow();
    }

    @Autowired
    WebTestClient client;

    @org.springframework.beans.factory.annotation.Value("${local.management.port}")
    int managementPort;

    /** The readiness probe, on the management port. */
    private int readiness() {
        return fr.centreisere.concierge.testsupport.RawHttp.get(managementPort, "/actuator/health/readiness").status();
    }

    @Test
    void loginAndRegisterAnswer503WithRetryAfterWithinFiveSecondsWhileTheStoreIsAway() {
        register("before@exemple.fr").expectStatus().isCreated();
        assertThat(readiness()).isEqualTo(200);

        store.shutdownNow();
        try {
            within5Seconds(() -> login("before@exemple.fr"));
            within5Seconds(() -> register("during@exemple.fr"));
            Instant start = Instant.now();
            assertThat(readiness()).isEqualTo(503);
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
        } finally {
            store = new MongoServer(new MemoryBackend());
            store.bind("127.0.0.1", port);
        }
        register("after@exemple.fr").expectStatus().isCreated();
        login("after@exemple.fr").expectStatus().isOk();
    }

    private static void within5Seconds(Supplier<WebTestClient.ResponseSpec> call) {
        Instant start = Instant.now();
        call.get().expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/service-unavailable");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    private WebTestClient.ResponseSpec register(String email) {
        return client.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "displayName", "Jeanne Martin")).exchange();
    }

    private WebTestClient.ResponseSpec login(String email) {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD)).exchange();
    }
}
