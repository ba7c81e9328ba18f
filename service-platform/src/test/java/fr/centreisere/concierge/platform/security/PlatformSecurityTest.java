package fr.centreisere.concierge.platform.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resource server every service gets, through real HTTP: a test application with a few
 * endpoints, and a JWK set served by WireMock as the gateway would serve it.
 */
@SpringBootTest(classes = PlatformSecurityTest.TestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class PlatformSecurityTest {

    static final String INTERNAL_TOKEN = "a-test-internal-token-of-some-length";
    static final TestTokens gateway = new TestTokens("gateway-key-1");
    static final TestTokens impostor = new TestTokens("gateway-key-1"); // same key id, another key
    static final WireMockServer jwks = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        jwks.start();
        jwks.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(aResponse()
                .withHeader("Content-Type", "application/jwk-set+json").withBody(gateway.jwkSetJson())));
    }

    @AfterAll
    static void stopJwks() {
        jwks.stop();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("concierge.security.jwks-uri", () -> jwks.baseUrl() + "/.well-known/jwks.json");
        registry.add("concierge.security.internal-token", () -> INTERNAL_TOKEN);
    }

    @Autowired
    RestTestClient client;

    @Test
    void aServiceDeclaresItsOwnPublicPaths() {
        client.get().uri("/api/things/public").exchange().expectStatus().isOk();
    }

    @Test
    void thePlatformsPublicPathsNeedNoToken() {
        // the platform's own description of this test application: served to anyone, no 401
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
    }

    @Test
    void anUndeclaredPathNeedsASignedInCallerAnd401IsAProblemWithABearerChallenge() {
        client.get().uri("/api/things/mine").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").exists()
                .jsonPath("$.detail").exists();
    }

    @Test
    void aControllerReceivesTheCallerFromTheTokensClaims() {
        String token = gateway.sign(gateway.claims("usr-42", List.of("MEMBER_STAFF"))
                .claim("memberId", "mbr-atelier-velo-voironnais").build());
        client.get().uri("/api/things/mine").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.userId").isEqualTo("usr-42")
                .jsonPath("$.email").isEqualTo("usr-42@demo.test")
                .jsonPath("$.displayName").isEqualTo("Name of usr-42")
                .jsonPath("$.roles[0]").isEqualTo("MEMBER_STAFF")
                .jsonPath("$.memberId").isEqualTo("mbr-atelier-velo-voironnais")
                .jsonPath("$.staffOfThatMember").isEqualTo(true)
                .jsonPath("$.coordinator").isEqualTo(false);
    }

    @Test
    void anOptionalCallerIsEmptyForAnonymousAndPresentWithAToken() {
        client.get().uri("/api/things/public").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.caller").isEqualTo("anonymous");
        client.get().uri("/api/things/public").header(HttpHeaders.AUTHORIZATION, "Bearer " + gateway.token("usr-7", "RESIDENT"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.caller").isEqualTo("usr-7");
    }

    @Test
    void aPathRuleForARoleRefusesOtherRolesWith403Problem() {
        client.post().uri("/api/things").header(HttpHeaders.AUTHORIZATION, "Bearer " + gateway.token("usr-1", "RESIDENT"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/forbidden");
        client.post().uri("/api/things").header(HttpHeaders.AUTHORIZATION, "Bearer " + gateway.token("usr-2", "COORDINATOR"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void methodSecurityRefusalsAreProblemsNotServerErrors() {
        client.get().uri("/api/things/coordination").header(HttpHeaders.AUTHORIZATION, "Bearer " + gateway.token("usr-1", "RESIDENT"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        client.get().uri("/api/things/coordination").header(HttpHeaders.AUTHORIZATION, "Bearer " + gateway.token("usr-2", "COORDINATOR"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minusSeconds(3600);
        String token = gateway.sign(gateway.claims("usr-1", List.of("COORDINATOR"))
                .issueTime(Date.from(past.minusSeconds(600))).expirationTime(Date.from(past)).build());
        assertInvalidToken(token);
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertInvalidToken(gateway.sign(gateway.claims("usr-1", List.of("COORDINATOR")).expirationTime(null).build()));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = gateway.token("usr-1", "RESIDENT").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("RESIDENT", "COORDINATOR");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        assertInvalidToken(tampered);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertInvalidToken(impostor.token("usr-1", "COORDINATOR"));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertInvalidToken(gateway.sign(gateway.claims("usr-1", List.of("COORDINATOR")).issuer("someone-else").build()));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = gateway.token("usr-1", "COORDINATOR").split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        assertInvalidToken(header + "." + parts[1] + ".");
    }

    @Test
    void anInvalidTokenIsRefusedEvenOnAPublicPath() {
        client.get().uri("/api/things/public").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void internalEndpointsRefuseCallsWithoutTheInternalToken() {
        client.get().uri("/internal/things").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/unauthorized");
        client.get().uri("/internal/things").header(InternalToken.HEADER, "a-guess").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void internalEndpointsRefuseAUsersToken() {
        client.get().uri("/internal/things")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + gateway.token("usr-2", "COORDINATOR")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void internalEndpointsAcceptOurServicesWithTheInternalToken() {
        client.get().uri("/internal/things").header(InternalToken.HEADER, INTERNAL_TOKEN).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.internal").isEqualTo(true);
    }

    @Test
    void theInternalTokenOpensNothingOutsideInternal() {
        client.get().uri("/api/things/mine").header(InternalToken.HEADER, INTERNAL_TOKEN).exchange()
                .expectStatus().isUnauthorized();
    }

    private void assertInvalidToken(String token) {
        client.get().uri("/api/things/mine").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/unauthorized");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ThingsController.class)
    static class TestApplication {

        @Bean
        ApiAccessRules thingsRules() {
            return rules -> rules
                    .requestMatchers(HttpMethod.GET, "/api/things/public").permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/things").hasRole("COORDINATOR");
        }
    }

    @RestController
    static class ThingsController {

        @GetMapping("/api/things/public")
        Map<String, Object> publicThings(Optional<CurrentUser> caller) {
            return Map.of("caller", caller.map(CurrentUser::userId).orElse("anonymous"));
        }

        @GetMapping("/api/things/mine")
        Map<String, Object> mine(CurrentUser user) {
            return Map.of("userId", user.userId(), "email", String.valueOf(user.email()),
                    "displayName", String.valueOf(user.displayName()), "roles", user.roles(),
                    "memberId", String.valueOf(user.memberId()),
                    "staffOfThatMember", user.isStaffOf("mbr-atelier-velo-voironnais"),
                    "coordinator", user.isCoordinator());
        }

        @PostMapping("/api/things")
        Map<String, Object> create() {
            return Map.of("created", true);
        }

        @GetMapping("/api/things/coordination")
        @PreAuthorize("hasRole('COORDINATOR')")
        Map<String, Object> coordination() {
            return Map.of("ok", true);
        }

        @GetMapping("/internal/things")
        Map<String, Object> internal() {
            return Map.of("internal", true);
        }
    }
}
