package fr.centreisere.concierge.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.centreisere.concierge.platform.security.ApiAccessRules;
import fr.centreisere.concierge.testsupport.WithoutMongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The store away, for real: a wire-protocol server this test starts, then stops. The service
 * answers a 503 problem with Retry-After within 5 s, reads and writes alike, and its readiness is
 * down; started again on the same port, everything answers.
 */
@SpringBootTest(classes = DatabaseAwayTest.TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "concierge.security.internal-token=a-test-internal-token-of-some-length")
@AutoConfigureRestTestClient
@WithoutMongoServer
class DatabaseAwayTest {

    static MongoServer store = new MongoServer(new MemoryBackend());
    static final InetSocketAddress address;

    static {
        store.bind("127.0.0.1", 0);
        address = store.getLocalAddress();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + address.getPort());
        registry.add("concierge.security.jwks-uri", () -> "http://127.0.0.1:1/.well-known/jwks.json");
        registry.add("management.endpoint.health.probes.enabled", () -> "true");
        registry.add("management.endpoint.health.group.readiness.include", () -> "readinessState,mongo");
        registry.add("management.endpoints.web.exposure.include", () -> "health");
    }

    @AfterAll
    static void stopStore() {
        store.shutdownNow();
    }

    @LocalServerPort
    int port;

    /**
     * The JDK's HTTP client: Apache HttpClient (on the test class path with WireMock) sends a 503 with a
     * {@code Retry-After} again by itself after that wait, and this test times the first answer.
     */
    RestTestClient client;

    @BeforeEach
    void client() {
        client = RestTestClient.bindToServer(new JdkClientHttpRequestFactory()).baseUrl("http://localhost:" + port).build();
    }

    @Test
    void withTheStoreAwayEveryDatabasePathAnswers503WithRetryAfterWithinFiveSecondsThenRecovers() {
        client.post().uri("/api/things").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();

        store.shutdownNow();
        try {
            for (HttpMethod method : new HttpMethod[] { HttpMethod.GET, HttpMethod.POST }) {
                long start = System.nanoTime();
                client.method(method).uri("/api/things").exchange()
                        .expectStatus().isEqualTo(503)
                        .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody()
                        .jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/service-unavailable")
                        .jsonPath("$.status").isEqualTo(503);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as(method.name()).isLessThan(Duration.ofSeconds(5));
            }
            long start = System.nanoTime();
            client.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            store = new MongoServer(new MemoryBackend());
            store.bind("127.0.0.1", address.getPort());
        }
        client.get().uri("/api/things").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ThingsController.class)
    static class TestApplication {

        @Bean
        ApiAccessRules thingsRules() {
            return rules -> rules.requestMatchers("/api/things").permitAll();
        }
    }

    @RestController
    static class ThingsController {

        private final MongoTemplate mongo;

        ThingsController(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @GetMapping("/api/things")
        Map<String, Object> things() {
            return Map.of("count", mongo.getCollection("things").countDocuments());
        }

        @PostMapping("/api/things")
        Map<String, Object> add() {
            mongo.getCollection("things").insertOne(new Document("at", System.nanoTime()));
            return Map.of("added", true);
        }
    }
}
