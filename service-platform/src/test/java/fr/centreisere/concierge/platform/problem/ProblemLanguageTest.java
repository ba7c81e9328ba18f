package fr.centreisere.concierge.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.security.ApiAccessRules;
import fr.centreisere.concierge.testsupport.RawHttp;
import fr.centreisere.concierge.testsupport.RawHttp.Answer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same bad request in English and in French, against a real Tomcat with the platform: title, detail and each
 * field's message in the one language asked for (French when none or another is asked for), the same {@code code}
 * in both — whether the problem comes from a controller's {@link ApiProblem}, Bean Validation, Jackson, Spring's own
 * exceptions, a filter, the security chain or Tomcat itself.
 */
@SpringBootTest(classes = ProblemLanguageTest.TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "concierge.security.jwks-uri=http://127.0.0.1:9/jwks.json",
                "concierge.security.internal-token=a-test-internal-token-of-some-length" })
class ProblemLanguageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ENGLISH = "Accept-Language: en";
    private static final String FRENCH = "Accept-Language: fr-FR,fr;q=0.9";

    @LocalServerPort
    int port;

    @Test
    void aServicesOwnProblemIsInTheAskedLanguageWithItsCode() {
        JsonNode en = problem(RawHttp.get(port, "/api/lang/things/thg-1", ENGLISH), 404);
        JsonNode fr = problem(RawHttp.get(port, "/api/lang/things/thg-1", FRENCH), 404);

        assertThat(en.get("title").asString()).isEqualTo("Not found");
        assertThat(en.get("detail").asString()).isEqualTo("No thing “thg-1”.");
        assertThat(fr.get("title").asString()).isEqualTo("Introuvable");
        assertThat(fr.get("detail").asString()).isEqualTo("Aucune chose « thg-1 ».");
        assertThat(en.get("code").asString()).isEqualTo("probe.thing.not-found").isEqualTo(fr.get("code").asString());
        assertThat(en.get("type").asString()).isEqualTo(ProblemType.NOT_FOUND.toString());
        assertThat(en.get("instance").asString()).isEqualTo("/api/lang/things/thg-1");
    }

    @Test
    void withoutAcceptLanguageOrWithAnotherLanguageItIsFrench() {
        assertThat(problem(RawHttp.get(port, "/api/lang/things/thg-1"), 404).get("title").asString()).isEqualTo("Introuvable");
        assertThat(problem(RawHttp.get(port, "/api/lang/things/thg-1", "Accept-Language: de"), 404).get("title").asString())
                .isEqualTo("Introuvable");
        assertThat(problem(RawHttp.get(port, "/api/lang/things/thg-1", "Accept-Language: de, en;q=0.5"), 404)
                .get("title").asString()).isEqualTo("Not found");
    }

    @Test
    void validationErrorsAreInTheAskedLanguageWithTheirCodes() {
        String body = "{\"memberId\":\"x\"}";
        JsonNode en = problem(RawHttp.post(port, "/api/lang/things", "application/json", body, ENGLISH), 400);
        JsonNode fr = problem(RawHttp.post(port, "/api/lang/things", "application/json", body, FRENCH), 400);

        assertThat(en.get("title").asString()).isEqualTo("Invalid data");
        assertThat(en.get("detail").asString()).isEqualTo("The request has invalid fields.");
        assertThat(fr.get("title").asString()).isEqualTo("Données invalides");
        assertThat(fr.get("detail").asString()).isEqualTo("La requête contient des champs invalides.");
        assertThat(en.get("code").asString()).isEqualTo("request.invalid").isEqualTo(fr.get("code").asString());
        assertThat(fieldErrors(en)).containsExactly(
                List.of("memberId", "a member id is expected (mbr-…)", "id.member"),
                List.of("name", "must not be null", "validation.not-null"));
        assertThat(fieldErrors(fr)).containsExactly(
                List.of("memberId", "identifiant de membre attendu (mbr-…)", "id.member"),
                List.of("name", "ne doit pas être nul", "validation.not-null"));
    }

    @Test
    void aJsonFieldErrorIsInTheAskedLanguage() {
        String body = "{\"name\":\"a\",\"billing\":\"NONE\"}";
        JsonNode en = problem(RawHttp.post(port, "/api/lang/things", "application/json", body, ENGLISH), 400);
        JsonNode fr = problem(RawHttp.post(port, "/api/lang/things", "application/json", body, FRENCH), 400);

        assertThat(fieldErrors(en)).containsExactly(List.of("billing", "unknown value, expected one of [PERSONAL, COMPANY]", "json.unknown-value"));
        assertThat(fieldErrors(fr)).containsExactly(List.of("billing", "valeur inconnue, attendu l’une de [PERSONAL, COMPANY]", "json.unknown-value"));
    }

    @Test
    void springsOwnRefusalsAreInTheAskedLanguage() {
        JsonNode en = problem(RawHttp.send(port, "DELETE /api/lang/things/thg-1 HTTP/1.1\r\nHost: 127.0.0.1\r\n" + ENGLISH + "\r\n", new byte[0]), 405);
        JsonNode fr = problem(RawHttp.send(port, "DELETE /api/lang/things/thg-1 HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FRENCH + "\r\n", new byte[0]), 405);

        assertThat(en.get("title").asString()).isEqualTo("Method not allowed");
        assertThat(en.get("detail").asString()).isEqualTo("This method is not allowed at this address.");
        assertThat(fr.get("title").asString()).isEqualTo("Méthode non permise");
        assertThat(en.get("code").asString()).isEqualTo("http.405").isEqualTo(fr.get("code").asString());

        JsonNode unknownPath = problem(RawHttp.get(port, "/api/lang/nothing-here", ENGLISH), 404);
        assertThat(unknownPath.get("detail").asString()).isEqualTo("No resource at this address.");
        assertThat(unknownPath.get("code").asString()).isEqualTo("http.404");
    }

    @Test
    void aFiltersRefusalIsInTheAskedLanguage() {
        JsonNode en = problem(RawHttp.get(port, "/api/lang/things/thg-1?q=%FF", ENGLISH), 400);
        JsonNode fr = problem(RawHttp.get(port, "/api/lang/things/thg-1?q=%FF", FRENCH), 400);

        assertThat(fieldErrors(en)).containsExactly(List.of("query", "badly encoded parameters (UTF-8 and %XX expected)", "request.query-encoding"));
        assertThat(fieldErrors(fr)).containsExactly(List.of("query", "paramètres mal encodés (UTF-8 et %XX attendus)", "request.query-encoding"));
        assertThat(en.get("title").asString()).isEqualTo("Invalid data");
    }

    @Test
    void theSecurityChainsRefusalIsInTheAskedLanguage() {
        JsonNode en = problem(RawHttp.get(port, "/api/closed", ENGLISH), 401);
        JsonNode fr = problem(RawHttp.get(port, "/api/closed", FRENCH), 401);

        assertThat(en.get("title").asString()).isEqualTo("Authentication required");
        assertThat(en.get("detail").asString()).isEqualTo("Sign in to access this resource.");
        assertThat(fr.get("detail").asString()).isEqualTo("Connectez-vous pour accéder à cette ressource.");
        assertThat(en.get("code").asString()).isEqualTo("http.401").isEqualTo(fr.get("code").asString());
    }

    @Test
    void tomcatsOwnRefusalIsInTheAskedLanguage() {
        Answer en = RawHttp.get(port, "/api/lang/things/thg-1", ENGLISH, "X-Big: " + "a".repeat(20_000));
        Answer fr = RawHttp.get(port, "/api/lang/things/thg-1", FRENCH, "X-Big: " + "a".repeat(20_000));

        JsonNode english = problem(en, en.status());
        JsonNode french = problem(fr, fr.status());
        assertThat(english.get("title").asString()).doesNotContain(" / ").isNotEqualTo(french.get("title").asString());
        assertThat(english.get("code").asString()).startsWith("http.").isEqualTo(french.get("code").asString());
    }

    private static JsonNode problem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as("a problem document: " + answer).isTrue();
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("title").asString()).doesNotContain(" / ");
        assertThat(problem.get("detail").asString()).doesNotContain(" / ");
        return problem;
    }

    private static List<List<String>> fieldErrors(JsonNode problem) {
        List<List<String>> errors = new ArrayList<>();
        for (JsonNode error : problem.get("errors")) {
            errors.add(List.of(error.get("field").asString(), error.get("message").asString(), error.get("code").asString()));
        }
        return errors;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ThingController.class)
    static class TestApplication {

        @Bean
        ApiAccessRules probeRules() {
            return rules -> rules.requestMatchers("/api/lang/**").permitAll();
        }
    }

    enum Billing { PERSONAL, COMPANY }

    record ThingBody(@NotNull String name, @Pattern(regexp = IdPatterns.MEMBER, message = IdPatterns.MEMBER_MESSAGE) String memberId,
            Billing billing) {
    }

    @RestController
    static class ThingController {

        @GetMapping("/api/lang/things/{id}")
        Map<String, Object> thing(@PathVariable String id) {
            throw ApiProblem.notFound(Message.of("probe.thing.not-found", id));
        }

        @PostMapping("/api/lang/things")
        Map<String, Object> create(@Valid @RequestBody ThingBody body) {
            return Map.of("name", body.name());
        }

        @GetMapping("/api/closed")
        Map<String, Object> closed() {
            return Map.of();
        }
    }
}
