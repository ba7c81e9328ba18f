package fr.centreisere.concierge.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** When the gateway's key set cannot be fetched, a token cannot be checked: 503 problem, never 500. */
@SpringBootTest(classes = UnreachableKeySetTest.TestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class UnreachableKeySetTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("concierge.security.jwks-uri", () -> "http://127.0.0.1:" + unusedPort() + "/.well-known/jwks.json");
        registry.add("concierge.security.internal-token", () -> "a-test-internal-token-of-some-length");
    }

    @Autowired
    RestTestClient client;

    @Test
    void aTokenThatCannotBeCheckedGives503Problem() {
        String token = new TestTokens("k").token("usr-1", "RESIDENT");
        client.get().uri("/api/anything").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/dependency-unavailable");
    }

    static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(AnythingController.class)
    static class TestApplication {
    }

    @RestController
    static class AnythingController {

        @GetMapping("/api/anything")
        Map<String, Object> anything(CurrentUser user) {
            return Map.of("userId", user.userId());
        }
    }
}
