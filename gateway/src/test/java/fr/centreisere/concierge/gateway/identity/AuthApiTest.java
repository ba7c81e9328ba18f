package fr.centreisere.concierge.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The Auth part of docs/API.md through real HTTP, with the demo profile's accounts. Every answer is
 * also checked for what must never be in it: a password hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.security=DEBUG",
        "logging.level.org.springframework.data.mongodb=DEBUG", "logging.level.fr.centreisere=DEBUG" })
@AutoConfigureWebTestClient
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
@EnableWireMock({
        @ConfigureWireMock(name = "provider-service", baseUrlProperties = "concierge.bindings.provider-url"),
        @ConfigureWireMock(name = "order-service", baseUrlProperties = "concierge.bindings.order-url") })
class AuthApiTest {

    @InjectWireMock("provider-service")
    WireMockServer providerService;

    @InjectWireMock("order-service")
    WireMockServer orderService;

    @BeforeEach
    void theOwnersKnowTheDemoMemberAndCompany() {
        providerService.resetAll();
        orderService.resetAll();
        providerService.stubFor(WireMock.get(WireMock.urlPathMatching("/internal/members/.*")).willReturn(WireMock.notFound()));
        providerService.stubFor(WireMock.get("/internal/members/mbr-atelier-velo-voironnais")
                .withHeader("X-Internal-Token", WireMock.equalTo("test-internal-token-for-every-test"))
                .willReturn(WireMock.okJson("{\"id\":\"mbr-atelier-velo-voironnais\",\"active\":true}")));
        orderService.stubFor(WireMock.get(WireMock.urlPathMatching("/internal/companies/.*")).willReturn(WireMock.notFound()));
        orderService.stubFor(WireMock.get("/internal/companies/cmp-demo-alpes-numerique")
                .willReturn(WireMock.okJson("{\"id\":\"cmp-demo-alpes-numerique\"}")));
    }

    @Test
    void aStaffAccountIsBoundOnlyToAMemberOrACompanyThatExists() {
        String coordinator = "Bearer " + accessToken("coordinator@demo.test", DEMO_PASSWORD);
        String email = unique("ghost@atelier.fr");
        client.post().uri("/api/auth/accounts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "displayName", "Fantôme", "role", "MEMBER_STAFF",
                        "memberId", "mbr-nexiste-pas"))
                .header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("memberId");
        client.post().uri("/api/auth/accounts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "displayName", "Fantôme", "role", "COMPANY_ADMIN",
                        "companyId", "cmp-nexiste-pas"))
                .header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("companyId");
        login(email, PASSWORD).expectStatus().isUnauthorized();

        client.post().uri("/api/auth/accounts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "displayName", "Admin", "role", "COMPANY_ADMIN",
                        "companyId", "cmp-demo-alpes-numerique"))
                .header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange().expectStatus().isCreated();
    }

    @Test
    void withTheOwnerDownNoStaffAccountIsCreated() {
        providerService.stubFor(WireMock.get(WireMock.urlPathMatching("/internal/members/.*")).willReturn(WireMock.serverError()));
        String email = unique("later@atelier.fr");
        client.post().uri("/api/auth/accounts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "displayName", "Plus tard", "role", "MEMBER_STAFF",
                        "memberId", "mbr-atelier-velo-voironnais"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken("coordinator@demo.test", DEMO_PASSWORD))
                .exchange().expectStatus().isEqualTo(503)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/dependency-unavailable");
        login(email, PASSWORD).expectStatus().isUnauthorized();
    }

    @Test
    void displayNamesArePrintableTextAndCommonPasswordsAreRefused() {
        for (String name : List.of("Jean\u0000", "Jean\r\nMartin", "Jean \u202Enitram", "\u2066Jean")) {
            client.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("email", unique("bidi@exemple.fr"), "password", PASSWORD, "displayName", name))
                    .exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("displayName");
        }
        register(unique("common@exemple.fr"), "123456789012").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("courant"));
    }

    static final String DEMO_PASSWORD = "demo-concierge-2026";
    static final String PASSWORD = "un-mot-de-passe-solide";

    @Autowired
    WebTestClient client;

    @Test
    void aResidentRegistersLogsInAndSeesTheirAccount(CapturedOutput output) {
        String email = unique("Jeanne.Martin@Exemple.fr");
        String userId = (String) register(email, PASSWORD).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("userId");
        assertThat(userId).startsWith("usr-");

        Map<?, ?> login = login(email.toLowerCase(), PASSWORD).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(login.get("tokenType")).isEqualTo("Bearer");
        assertThat(login.get("expiresIn")).isEqualTo(3600);
        assertThat(login.get("roles")).isEqualTo(List.of("RESIDENT"));

        String me = client.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + login.get("accessToken"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.userId").isEqualTo(userId)
                .jsonPath("$.email").isEqualTo(email)
                .jsonPath("$.displayName").isEqualTo("Jeanne Martin")
                .jsonPath("$.roles[0]").isEqualTo("RESIDENT")
                .jsonPath("$.communeInsee").isEqualTo("38563")
                .jsonPath("$.memberId").doesNotExist()
                .returnResult().getResponseBodyContent() == null ? "" : "checked";
        assertThat(me).isEqualTo("checked");
        assertThat(output.getAll()).doesNotContain("$2a$");
        // the test's own HTTP client logs the maps it sends (at DEBUG); the gateway logs no password
        assertThat(output.getAll().lines().filter(line -> !line.contains("Encoding [{")))
                .noneMatch(line -> line.contains(PASSWORD));
        assertThat(output.getAll()).contains("Decoded [RegisterRequest[");
    }

    @Test
    void anEmailIsTakenWhateverItsCase() {
        String email = unique("paul@exemple.fr");
        register(email, PASSWORD).expectStatus().isCreated();
        register(email.toUpperCase(), PASSWORD).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/conflict");
        login(email.toUpperCase(), PASSWORD).expectStatus().isOk();
    }

    @Test
    void aWeakPasswordIsRefusedWithTheReasonsInErrors() {
        register(unique("weak@exemple.fr"), "court").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/validation")
                .jsonPath("$.errors[0].field").isEqualTo("password")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("10"));
        register(unique("weak@exemple.fr"), "aaaaaaaaaaaa").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
    }

    @Test
    void missingAndMalformedFieldsAreListed() {
        client.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "not-an-email", "password", PASSWORD, "displayName", " ", "communeInsee", "1"))
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'displayName')]").exists()
                .jsonPath("$.errors[?(@.field == 'communeInsee')]").exists();
        client.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "not-an-email", "password", PASSWORD, "displayName", "Someone"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
        client.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON).bodyValue("{not json")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/malformed-request");
    }

    @Test
    void aFailedLoginNeverSaysWhetherTheEmailExists() {
        String email = unique("exists@exemple.fr");
        register(email, PASSWORD).expectStatus().isCreated();
        byte[] wrongPassword = login(email, "not-the-password").expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().returnResult().getResponseBodyContent();
        byte[] unknownEmail = login(unique("nobody@exemple.fr"), "not-the-password").expectStatus().isUnauthorized()
                .expectBody().returnResult().getResponseBodyContent();
        assertThat(new String(unknownEmail)).isEqualTo(new String(wrongPassword));
    }

    @Test
    void repeatedFailuresOnOneAccountMakeItWaitWith429AndRetryAfter() {
        String email = unique("target@exemple.fr");
        register(email, PASSWORD).expectStatus().isCreated();
        for (int attempt = 0; attempt < 5; attempt++) {
            login(email, "wrong-password-" + attempt).expectStatus().isUnauthorized();
        }
        login(email, PASSWORD).expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 900L))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/too-many-requests");
        // another account is not affected (this address is still far from its own limit)
        login("resident@demo.test", DEMO_PASSWORD).expectStatus().isOk();
    }

    @Test
    void everyDemoAccountLogsInWithItsRoleAndBinding() {
        assertThat(claims("coordinator@demo.test")).containsEntry("sub", "usr-demo-coordinator")
                .containsEntry("roles", List.of("COORDINATOR"));
        assertThat(claims("resident@demo.test")).containsEntry("sub", "usr-demo-resident")
                .containsEntry("roles", List.of("RESIDENT"));
        assertThat(claims("company-admin@demo.test")).containsEntry("roles", List.of("COMPANY_ADMIN"))
                .containsEntry("companyId", "cmp-demo-alpes-numerique");
        assertThat(claims("employee@alpes-numerique.fr")).containsEntry("sub", "usr-demo-employee")
                .containsEntry("roles", List.of("RESIDENT"));
        assertThat(claims("member-staff@demo.test")).containsEntry("roles", List.of("MEMBER_STAFF"))
                .containsEntry("memberId", "mbr-atelier-velo-voironnais")
                .containsEntry("iss", "concierge-gateway")
                .containsKeys("exp", "iat", "email", "name");
    }

    @Test
    void theTokenIsSignedWithThePublishedKey() throws ParseException, JOSEException {
        String token = accessToken("resident@demo.test", DEMO_PASSWORD);
        String jwks = client.get().uri("/.well-known/jwks.json").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JWKSet keys = JWKSet.parse(jwks);
        assertThat(keys.getKeys()).hasSize(1);
        RSAKey key = keys.getKeys().get(0).toRSAKey();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwks).doesNotContain("\"d\"", "\"p\"", "\"q\"");
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.getKeyID());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    }

    @Test
    void onlyACoordinatorCreatesStaffAccounts() {
        Map<String, Object> staff = Map.of("email", unique("staff@atelier.fr"), "password", PASSWORD,
                "displayName", "Nouvelle équipière", "role", "MEMBER_STAFF", "memberId", "mbr-atelier-velo-voironnais");
        client.post().uri("/api/auth/accounts").contentType(MediaType.APPLICATION_JSON).bodyValue(staff)
                .exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/auth/accounts").contentType(MediaType.APPLICATION_JSON).bodyValue(staff)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken("resident@demo.test", DEMO_PASSWORD))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        String coordinator = "Bearer " + accessToken("coordinator@demo.test", DEMO_PASSWORD);
        client.post().uri("/api/auth/accounts").contentType(MediaType.APPLICATION_JSON).bodyValue(staff)
                .header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange().expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.userId").exists()
                .jsonPath("$.roles[0]").isEqualTo("MEMBER_STAFF")
                .jsonPath("$.memberId").isEqualTo("mbr-atelier-velo-voironnais")
                .jsonPath("$.passwordHash").doesNotExist();
        assertThat(claims((String) staff.get("email"), PASSWORD)).containsEntry("memberId", "mbr-atelier-velo-voironnais");
    }

    @Test
    void aStaffAccountIsBoundAsItsRoleNeeds() {
        String coordinator = "Bearer " + accessToken("coordinator@demo.test", DEMO_PASSWORD);
        client.post().uri("/api/auth/accounts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", unique("x@atelier.fr"), "password", PASSWORD, "displayName", "X", "role", "MEMBER_STAFF"))
                .header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("memberId");
        client.post().uri("/api/auth/accounts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", unique("y@exemple.fr"), "password", PASSWORD, "displayName", "Y", "role", "RESIDENT"))
                .header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("role");
        client.post().uri("/api/auth/accounts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", unique("z@exemple.fr"), "password", PASSWORD, "displayName", "Z", "role", "KING"))
                .header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void meNeedsAValidToken() {
        client.get().uri("/api/auth/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/unauthorized");
        String token = accessToken("resident@demo.test", DEMO_PASSWORD);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        client.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + tampered).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    }

    @Test
    void aRefusalIsInTheLanguageAskedForWithTheSameCodes() {
        Map<String, Object> bad = Map.of("email", "", "password", PASSWORD, "displayName", "Jeanne Martin", "phone", "abc");
        tools.jackson.databind.JsonNode en = refusal("/api/auth/register", bad, "en", 400);
        tools.jackson.databind.JsonNode fr = refusal("/api/auth/register", bad, "fr-FR,fr;q=0.9", 400);

        assertThat(en.path("title").asString()).isEqualTo("Invalid data");
        assertThat(fr.path("title").asString()).isEqualTo("Données invalides");
        assertThat(en.path("code").asString()).isEqualTo("request.invalid").isEqualTo(fr.path("code").asString());
        assertThat(fieldErrors(en)).containsExactly("email|required|validation.required", "phone|invalid phone number|account.phone.invalid");
        assertThat(fieldErrors(fr)).containsExactly("email|obligatoire|validation.required", "phone|numéro de téléphone invalide|account.phone.invalid");

        Map<String, Object> weak = Map.of("email", unique("weak@exemple.fr"), "password", "court", "displayName", "Jeanne Martin");
        assertThat(fieldErrors(refusal("/api/auth/register", weak, "en", 400))).containsExactly("password|at least 10 characters|password.too-short");
        assertThat(fieldErrors(refusal("/api/auth/register", weak, "fr", 400))).containsExactly("password|au moins 10 caractères|password.too-short");

        Map<String, Object> wrong = Map.of("email", unique("nobody@exemple.fr"), "password", "pas-le-bon-mot-de-passe");
        tools.jackson.databind.JsonNode wrongEn = refusal("/api/auth/login", wrong, "en", 401);
        tools.jackson.databind.JsonNode wrongFr = refusal("/api/auth/login", wrong, null, 401);
        assertThat(wrongEn.path("title").asString()).isEqualTo("Wrong credentials");
        assertThat(wrongEn.path("detail").asString()).isEqualTo("Wrong e-mail or password.");
        assertThat(wrongFr.path("detail").asString()).isEqualTo("E-mail ou mot de passe incorrect.");
        assertThat(wrongEn.path("code").asString()).isEqualTo("account.credentials.wrong").isEqualTo(wrongFr.path("code").asString());
    }

    @Test
    void theGatewaysOwnRefusalsAreInTheLanguageAskedFor() {
        tools.jackson.databind.JsonNode en = refusal("/api/auth/me", null, "en", 401);
        tools.jackson.databind.JsonNode fr = refusal("/api/auth/me", null, "fr", 401);
        assertThat(en.path("detail").asString()).isEqualTo("Sign in to access this resource.");
        assertThat(fr.path("detail").asString()).isEqualTo("Connectez-vous pour accéder à cette ressource.");
        assertThat(en.path("code").asString()).isEqualTo("http.401").isEqualTo(fr.path("code").asString());
    }

    private tools.jackson.databind.JsonNode refusal(String path, Map<String, Object> body, String language, int status) {
        WebTestClient.RequestHeadersSpec<?> request = body == null ? client.get().uri(path)
                : client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        if (language != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        String answer = request.exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        tools.jackson.databind.JsonNode problem = tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer);
        assertThat(problem.path("title").asString()).doesNotContain(" / ");
        assertThat(problem.path("detail").asString()).doesNotContain(" / ");
        return problem;
    }

    private static List<String> fieldErrors(tools.jackson.databind.JsonNode problem) {
        List<String> errors = new java.util.ArrayList<>();
        problem.path("errors").forEach(error -> errors.add(error.path("field").asString() + "|" + error.path("message").asString()
                + "|" + error.path("code").asString()));
        return errors;
    }

    private WebTestClient.ResponseSpec register(String email, String password) {
        return client.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password, "displayName", "Jeanne Martin", "communeInsee", "38563"))
                .exchange();
    }

    private WebTestClient.ResponseSpec login(String email, String password) {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password)).exchange();
    }

    private String accessToken(String email, String password) {
        Map<?, ?> answer = login(email, password).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        String body = answer.toString();
        assertThat(body).doesNotContain("$2a$");
        return (String) answer.get("accessToken");
    }

    private Map<String, Object> claims(String email) {
        return claims(email, DEMO_PASSWORD);
    }

    private Map<String, Object> claims(String email, String password) {
        try {
            return SignedJWT.parse(accessToken(email, password)).getJWTClaimsSet().toJSONObject();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static String unique(String email) {
        return UUID.randomUUID().toString().substring(0, 8) + "." + email;
    }
}
