package fr.centreisere.concierge.gateway.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import tools.jackson.databind.ObjectMapper;

/**
 * Password reset, e-mail verification and the profile through real HTTP, with WireMock standing in for
 * notification-service: the mail events leave from the token documents (their outbox), once, with the
 * right data, again after a 503; the directory copy of an account is pushed after each change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "concierge.notifications.sweep-enabled=true", "concierge.notifications.sweep-interval=200ms",
        "concierge.notifications.retry-base=300ms", "concierge.notifications.public-url=https://concierge.example.fr/",
        // every test comes from 127.0.0.1: the per-address limit is the same mechanism, checked per e-mail here
        "concierge.limits.mail-requests-per-address=1000" })
@AutoConfigureWebTestClient(timeout = "20s")
@ActiveProfiles("demo")
@EnableWireMock(@ConfigureWireMock(name = "notification-service", baseUrlProperties = "concierge.notifications.url"))
class AccountMailsTest {

    static final String PASSWORD = "un-mot-de-passe-solide";
    static final String EVENTS = "/internal/notifications/events";
    static final String INTERNAL_TOKEN = "test-internal-token-for-every-test";

    @InjectWireMock("notification-service")
    WireMockServer notificationService;

    @Autowired
    WebTestClient client;

    @Autowired
    AccountTokens tokens;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void notificationServiceTakesEverything() {
        notificationService.resetAll();
        notificationService.stubFor(post(EVENTS).willReturn(aResponse().withStatus(202)));
        notificationService.stubFor(put(urlPathMatching("/internal/recipients/.*")).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void aResetLinkIsMailedOnceWorksOnceAndForgetsTheFailedLogins() {
        String email = unique("oubli@exemple.fr");
        register(email, "fr");
        // five failures from this address: it waits
        for (int i = 0; i < 5; i++) {
            login(email, "pas-le-bon-mot-de-passe").expectStatus().isUnauthorized();
        }
        login(email, PASSWORD).expectStatus().isEqualTo(429);

        requestReset(email, "en-GB,en;q=0.8").expectStatus().isAccepted();
        Map<String, Object> event = theOnlyEvent("PASSWORD_RESET", email);
        Map<?, ?> data = (Map<?, ?>) event.get("data");
        assertThat(event.get("to")).isEqualTo(Map.of("emails", List.of(email)));
        assertThat(event.get("eventId").toString()).startsWith("pwr-").endsWith(":n:1");
        assertThat(data.get("displayName")).isEqualTo("Oubli Distrait");
        assertThat(data.get("language")).isEqualTo("en");
        assertThat(Duration.between(Instant.now(), Instant.parse((String) data.get("expiresAt"))))
                .isBetween(Duration.ofMinutes(55), Duration.ofMinutes(61));
        String url = (String) data.get("resetUrl");
        assertThat(url).startsWith("https://concierge.example.fr/#/mot-de-passe/nouveau?jeton=");
        String token = url.substring(url.indexOf("jeton=") + 6);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        notificationService.verify(postRequestedFor(urlEqualTo(EVENTS)).withHeader("X-Internal-Token", equalTo(INTERNAL_TOKEN)));

        confirmReset(token, "1234567890").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        confirmReset(token, "un-tout-nouveau-mot-de-passe").expectStatus().isNoContent();
        confirmReset(token, "encore-un-autre-mot-de-passe").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("RESET_TOKEN_INVALID");
        login(email, PASSWORD).expectStatus().isUnauthorized();
        login(email, "un-tout-nouveau-mot-de-passe").expectStatus().isOk();

        // a few sweeps later, still one event: it was delivered, never sent again
        sleep(Duration.ofMillis(800));
        assertThat(events("PASSWORD_RESET", email)).hasSize(1);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String email = unique("personne@exemple.fr");
        requestReset(email, null).expectStatus().isAccepted().expectBody().isEmpty();
        confirmReset("n-importe-quoi", "un-tout-nouveau-mot-de-passe").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("RESET_TOKEN_INVALID");
        sleep(Duration.ofMillis(800));
        assertThat(events("PASSWORD_RESET", email)).isEmpty();
    }

    @Test
    void aNewRequestMakesTheOlderLinkInvalid() {
        String email = unique("deux-fois@exemple.fr");
        register(email, "fr");
        requestReset(email, null).expectStatus().isAccepted();
        String first = token(theOnlyEvent("PASSWORD_RESET", email), "resetUrl");
        requestReset(email, null).expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(10)).until(() -> events("PASSWORD_RESET", email).size() == 2);
        String second = token(events("PASSWORD_RESET", email).get(1), "resetUrl");
        confirmReset(first, "un-tout-nouveau-mot-de-passe").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("RESET_TOKEN_INVALID");
        confirmReset(second, "un-tout-nouveau-mot-de-passe").expectStatus().isNoContent();
    }

    @Test
    void anExpiredLinkIsRefused() {
        String email = unique("tard@exemple.fr");
        register(email, "fr");
        Account account = me(login(email)).account();
        Instant now = Instant.now();
        tokens.issue(SecretToken.of("un-jeton-expire-depuis-une-seconde"), new AccountMail(TokenPurpose.PASSWORD_RESET,
                account.id(), account.email(), account.displayName(), Language.FR, now.minusSeconds(1)), now.minusSeconds(3600))
                .block();
        confirmReset("un-jeton-expire-depuis-une-seconde", "un-tout-nouveau-mot-de-passe").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("RESET_TOKEN_INVALID");
    }

    @Test
    void resetRequestsForOneAddressAreLimited() {
        String email = unique("inonde@exemple.fr");
        for (int i = 0; i < 3; i++) {
            requestReset(email, null).expectStatus().isAccepted();
        }
        requestReset(email, null).expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theMailIsSentAgainAfterA503() {
        notificationService.resetAll();
        notificationService.stubFor(put(urlPathMatching("/internal/recipients/.*")).willReturn(aResponse().withStatus(204)));
        notificationService.stubFor(post(EVENTS).inScenario("away").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        notificationService.stubFor(post(EVENTS).inScenario("away").whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(202)));
        String email = unique("patient@exemple.fr");
        register(email, "fr");

        await().atMost(Duration.ofSeconds(10)).until(() -> events("EMAIL_VERIFICATION", email).size() == 2);
        List<Map<String, Object>> sent = events("EMAIL_VERIFICATION", email);
        assertThat(sent.get(1)).isEqualTo(sent.get(0));
        sleep(Duration.ofMillis(1500));
        assertThat(events("EMAIL_VERIFICATION", email)).hasSize(2);
    }

    @Test
    void withNotificationServiceAwayNothingIsLost() {
        notificationService.resetAll();
        notificationService.stubFor(post(EVENTS).willReturn(aResponse().withStatus(503)));
        notificationService.stubFor(put(urlPathMatching("/internal/recipients/.*")).willReturn(aResponse().withStatus(503)));
        List<String> emails = List.of(unique("absent1@exemple.fr"), unique("absent2@exemple.fr"), unique("absent3@exemple.fr"));
        List<String> userIds = emails.stream().map(email -> register(email, "fr")).toList();
        sleep(Duration.ofMillis(1500));

        notificationService.resetAll();
        notificationServiceTakesEverything();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (int i = 0; i < emails.size(); i++) {
                assertThat(events("EMAIL_VERIFICATION", emails.get(i))).as("the mail of " + emails.get(i)).isNotEmpty();
                assertThat(recipients(userIds.get(i))).as("the directory copy of " + userIds.get(i)).isNotEmpty();
            }
        });
    }

    @Test
    void signUpMailsAVerificationLinkThatVerifiesTheAddressOnce() {
        String email = unique("nouvelle@exemple.fr");
        String userId = register(email, "en");
        Map<String, Object> event = theOnlyEvent("EMAIL_VERIFICATION", email);
        assertThat(((Map<?, ?>) event.get("data")).get("language")).isEqualTo("en");
        String token = token(event, "verifyUrl");
        assertThat((String) ((Map<?, ?>) event.get("data")).get("verifyUrl"))
                .isEqualTo("https://concierge.example.fr/#/verifier-email?jeton=" + token);
        String bearer = login(email);
        assertThat(me(bearer).view().get("emailVerified")).isEqualTo(false);

        client.post().uri("/api/auth/email-verification/confirm").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token)).exchange().expectStatus().isNoContent();
        assertThat(me(bearer).view().get("emailVerified")).isEqualTo(true);
        client.post().uri("/api/auth/email-verification/confirm").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("VERIFICATION_TOKEN_INVALID");
        // the directory learns it
        await().atMost(Duration.ofSeconds(10)).until(() -> recipients(userId).stream()
                .anyMatch(copy -> Boolean.TRUE.equals(copy.get("emailVerified"))));
    }

    @Test
    void sendAgainMailsANewVerificationLink() {
        String email = unique("renvoi@exemple.fr");
        register(email, "fr");
        theOnlyEvent("EMAIL_VERIFICATION", email);
        client.post().uri("/api/auth/email-verification").header(HttpHeaders.AUTHORIZATION, login(email))
                .exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(10)).until(() -> events("EMAIL_VERIFICATION", email).size() == 2);
        client.post().uri("/api/auth/email-verification").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void everyAccountIsCopiedToTheDirectoryAndAgainAfterAChange() {
        String email = unique("annuaire@exemple.fr");
        String userId = register(email, "en");
        await().atMost(Duration.ofSeconds(10)).until(() -> !recipients(userId).isEmpty());
        Map<String, Object> copy = recipients(userId).get(0);
        assertThat(copy).containsEntry("email", email).containsEntry("displayName", "Oubli Distrait")
                .containsEntry("roles", List.of("RESIDENT")).containsEntry("emailVerified", false)
                .containsEntry("language", "en").doesNotContainKeys("memberId", "companyId", "passwordHash");
        notificationService.verify(putRequestedFor(urlEqualTo("/internal/recipients/" + userId))
                .withHeader("X-Internal-Token", equalTo(INTERNAL_TOKEN)));

        String bearer = login(email);
        client.patch().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("displayName", "  Nouveau Nom ", "phone", "04 76 00 00 00")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.displayName").isEqualTo("Nouveau Nom").jsonPath("$.phone").isEqualTo("04 76 00 00 00");
        await().atMost(Duration.ofSeconds(10)).until(() -> recipients(userId).stream()
                .anyMatch(pushed -> "Nouveau Nom".equals(pushed.get("displayName"))));

        // the seeded demo accounts are there too, verified
        await().atMost(Duration.ofSeconds(10)).until(() -> recipients("usr-demo-member-staff").stream()
                .anyMatch(pushed -> Boolean.TRUE.equals(pushed.get("emailVerified"))
                        && "mbr-atelier-velo-voironnais".equals(pushed.get("memberId"))));
    }

    @Test
    void aDeactivationAndAReactivationAreCopiedToTheDirectory() {
        String email = unique("desactive@exemple.fr");
        String userId = register(email, "fr");
        await().atMost(Duration.ofSeconds(10)).until(() -> recipients(userId).stream()
                .anyMatch(pushed -> Boolean.TRUE.equals(pushed.get("active"))));
        String coordinator = bearer("coordinator@demo.test", "demo-concierge-2026");
        client.post().uri("/api/auth/accounts/{id}/deactivate", userId).header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(10)).until(() -> recipients(userId).stream()
                .anyMatch(pushed -> Boolean.FALSE.equals(pushed.get("active"))));
        client.post().uri("/api/auth/accounts/{id}/reactivate", userId).header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<Map<String, Object>> pushed = recipients(userId);
            return Boolean.TRUE.equals(pushed.get(pushed.size() - 1).get("active"))
                    && pushed.stream().anyMatch(copy -> Boolean.FALSE.equals(copy.get("active")));
        });
    }

    @Test
    void theProfileKeepsSignUpRules() {
        String email = unique("profil@exemple.fr");
        register(email, "fr");
        String bearer = login(email);
        for (Map<String, String> bad : List.of(Map.of("displayName", "   "), Map.of("displayName", "Jean\u202Enitram"),
                Map.of("phone", "pas un numéro"))) {
            client.patch().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(bad).exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(bad.keySet().iterator().next());
        }
        client.patch().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phone", "0476000000")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.displayName").isEqualTo("Oubli Distrait").jsonPath("$.phone").isEqualTo("0476000000")
                .jsonPath("$.emailVerified").isEqualTo(false);
        client.patch().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phone", "")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.phone").doesNotExist();
        client.patch().uri("/api/auth/me").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("phone", ""))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndTheSignUpPolicy() {
        String email = unique("change@exemple.fr");
        register(email, "fr");
        String bearer = login(email);
        changePassword(bearer, "pas-le-bon-mot-de-passe", "un-tout-nouveau-mot-de-passe").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("currentPassword");
        // a weak new password is refused before the current one is even checked: nothing is counted
        changePassword(bearer, "pas-le-bon-mot-de-passe", "azertyuiop").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword")
                .jsonPath("$.errors[?(@.field == 'currentPassword')]").doesNotExist();
        changePassword(bearer, PASSWORD, "azertyuiop").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword");
        changePassword(bearer, PASSWORD, "un-tout-nouveau-mot-de-passe").expectStatus().isNoContent();
        login(email, PASSWORD).expectStatus().isUnauthorized();
        login(email, "un-tout-nouveau-mot-de-passe").expectStatus().isOk();
    }

    @Test
    void wrongCurrentPasswordsCountAsFailedLogins() {
        String email = unique("devine@exemple.fr");
        register(email, "fr");
        String bearer = login(email);
        for (int i = 0; i < 5; i++) {
            changePassword(bearer, "pas-le-bon-mot-de-passe-" + i, "un-tout-nouveau-mot-de-passe").expectStatus().isBadRequest();
        }
        changePassword(bearer, PASSWORD, "un-tout-nouveau-mot-de-passe").expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        login(email, PASSWORD).expectStatus().isEqualTo(429);
    }

    @Test
    void aResetRequestNeedsAnEmailAddress() {
        client.post().uri("/api/auth/password-reset").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "pas une adresse")).exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
        client.post().uri("/api/auth/password-reset").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void demoAccountsAreVerified() {
        assertThat(me(bearer("resident@demo.test", "demo-concierge-2026")).view().get("emailVerified")).isEqualTo(true);
    }

    // --- helpers

    private String register(String email, String language) {
        Map<?, ?> answer = client.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "displayName", "Oubli Distrait"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) answer.get("userId");
    }

    private WebTestClient.ResponseSpec login(String email, String password) {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password)).exchange();
    }

    private String login(String email) {
        return bearer(email, PASSWORD);
    }

    private String bearer(String email, String password) {
        return "Bearer " + login(email, password).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody().get("accessToken");
    }

    record Me(Map<?, ?> view, Account account) {
    }

    private Me me(String bearer) {
        Map<?, ?> view = client.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Account account = new Account((String) view.get("userId"), new EmailAddress((String) view.get("email")),
                PasswordHash.of("-"), (String) view.get("displayName"), null, null, java.util.Set.of(Role.RESIDENT), null, null,
                Instant.now());
        return new Me(view, account);
    }

    private WebTestClient.ResponseSpec requestReset(String email, String acceptLanguage) {
        WebTestClient.RequestBodySpec request = client.post().uri("/api/auth/password-reset").contentType(MediaType.APPLICATION_JSON);
        if (acceptLanguage != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return request.bodyValue(Map.of("email", email)).exchange();
    }

    private WebTestClient.ResponseSpec confirmReset(String token, String password) {
        return client.post().uri("/api/auth/password-reset/confirm").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token, "password", password)).exchange();
    }

    private WebTestClient.ResponseSpec changePassword(String bearer, String current, String next) {
        return client.post().uri("/api/auth/password").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("currentPassword", current, "newPassword", next))
                .exchange();
    }

    /** The events notification-service received of this kind for this address, in order. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> events(String kind, String email) {
        return notificationService.findAll(postRequestedFor(urlEqualTo(EVENTS))).stream()
                .map(request -> (Map<String, Object>) json.readValue(request.getBodyAsString(), Map.class))
                .filter(event -> kind.equals(event.get("kind")))
                .filter(event -> ((Map<?, ?>) event.get("to")).get("emails").equals(List.of(email)))
                .toList();
    }

    private Map<String, Object> theOnlyEvent(String kind, String email) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !events(kind, email).isEmpty());
        assertThat(events(kind, email)).hasSize(1);
        return events(kind, email).get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> recipients(String userId) {
        return notificationService.findAll(putRequestedFor(urlEqualTo("/internal/recipients/" + userId))).stream()
                .map(request -> (Map<String, Object>) json.readValue(request.getBodyAsString(), Map.class))
                .toList();
    }

    private static String token(Map<String, Object> event, String field) {
        String url = (String) ((Map<?, ?>) event.get("data")).get(field);
        return url.substring(url.indexOf("jeton=") + 6);
    }

    private static String unique(String email) {
        return UUID.randomUUID().toString().substring(0, 8) + "." + email;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
