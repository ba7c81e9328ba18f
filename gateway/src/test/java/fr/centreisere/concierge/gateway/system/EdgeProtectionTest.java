package fr.centreisere.concierge.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What protects every answer of the gateway: security headers, closed CORS, a body-size limit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class EdgeProtectionTest {

    @Autowired
    WebTestClient client;

    @Test
    void everyAnswerCarriesSecurityHeaders() {
        for (String path : new String[] { "/", "/api/auth/me", "/.well-known/jwks.json", "/nothing-here" }) {
            client.get().uri(path).exchange()
                    .expectHeader().valueEquals("Content-Security-Policy", GatewaySecurityConfiguration.CONTENT_SECURITY_POLICY)
                    .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                    .expectHeader().exists("Permissions-Policy");
        }
    }

    @Test
    void theContentSecurityPolicyAllowsNoInlineScript() {
        assertThat(GatewaySecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void corsIsClosedToOtherOrigins() {
        client.options().uri("/api/auth/login")
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        client.post().uri("/api/auth/login").header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("email", "a@b.fr", "password", "whatever-1234"))
                .exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    /** Repeated: a client still sending when the gateway answered used to see a reset instead of the 413. */
    @RepeatedTest(10)
    void aBodyOverTheLimitIsRefusedWith413Problem() {
        String big = "x".repeat(1024 * 1024 + 1);
        client.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"" + big + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/payload-too-large");
    }

    @Test
    void aProtectedPathWithoutTokenIs401Problem() {
        client.method(HttpMethod.POST).uri("/api/orders").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
