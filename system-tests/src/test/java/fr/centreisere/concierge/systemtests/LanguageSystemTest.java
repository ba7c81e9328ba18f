package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 part 4: the same bad requests through the gateway, asked in English and in French, to the gateway itself
 * and to the services behind it — each answer a problem document whose title, detail and field messages are in the
 * one language asked for (no « français / English » text, no French mark in the English one), with the same
 * {@code code} in both; no {@code Accept-Language} is French.
 */
@SystemTest
class LanguageSystemTest {

    /** What only French text has: its quotation marks and accented letters. */
    private static final Pattern FRENCH_MARKS = Pattern.compile("[«»éèêàâçùûôîœ]");

    private final Http http;

    LanguageSystemTest(Http http) {
        this.http = http;
    }

    @Test
    void theGatewaysOwnProblemsAreInTheAskedLanguage() {
        Map<String, Object> emptyRegistration = Map.of();
        Pair register = both(language -> http.post("/api/auth/register", emptyRegistration, language), 400);
        assertThat(register.en.path("title").asString()).isEqualTo("Invalid data");
        assertThat(register.fr.path("title").asString()).isEqualTo("Données invalides");
        assertThat(codes(register.en)).isNotEmpty().isEqualTo(codes(register.fr));

        Map<String, String> wrong = Map.of("email", "personne-" + System.nanoTime() + "@exemple.fr", "password", "pas-le-bon-mot-de-passe");
        Pair login = both(language -> http.post("/api/auth/login", wrong, language), 401);
        assertThat(login.en.path("detail").asString()).isEqualTo("Wrong e-mail or password.");
        assertThat(login.fr.path("detail").asString()).isEqualTo("E-mail ou mot de passe incorrect.");

        // closed by default: a path nobody serves is refused to a caller without a token like any other
        Pair unknownPath = both(language -> http.get("/api/no-such-thing", language), 401);
        assertThat(unknownPath.en.path("code").asString()).isEqualTo("http.401").isEqualTo(unknownPath.fr.path("code").asString());
        assertThat(unknownPath.fr.path("detail").asString()).isEqualTo("Connectez-vous pour accéder à cette ressource.");

        Pair signedOut = both(language -> http.get("/api/orders", language), 401);
        assertThat(signedOut.en.path("detail").asString()).isEqualTo("Sign in to access this resource.");
    }

    @Test
    void theCatalogsProblemsAreInTheAskedLanguage() {
        Pair unknown = both(language -> http.get("/api/catalog/services/svc-pas-au-catalogue", language), 404);
        assertThat(unknown.en.path("code").asString()).isEqualTo("offering.not-found");
        assertThat(unknown.en.path("detail").asString()).contains("svc-pas-au-catalogue").startsWith("no service");
        assertThat(unknown.fr.path("detail").asString()).startsWith("aucun service « svc-pas-au-catalogue »");

        Pair page = both(language -> http.get("/api/catalog/services?size=0", language), 400);
        assertThat(codes(page.en)).containsExactly("validation.page-size");
        assertThat(messages(page.en)).containsExactly("between 1 and 100");
        assertThat(messages(page.fr)).containsExactly("entre 1 et 100");

        Pair commune = both(language -> http.get("/api/catalog/communes/99999", language), 404);
        assertThat(commune.en.path("code").asString()).isEqualTo("commune.not-found");
    }

    @Test
    void theNotificationServicesProblemsAreInTheAskedLanguage() {
        Map<String, String> resident = SignIn.as(http, "resident@demo.test");
        Pair page = both(language -> http.get("/api/notifications?size=0", with(resident, language)), 400);
        assertThat(codes(page.en)).containsExactly("validation.page-size");

        String id = "ntf-" + "0".repeat(32);
        Pair notFound = both(language -> http.send("POST", "/api/notifications/" + id + "/read", null, with(resident, language)), 404);
        assertThat(notFound.en.path("code").asString()).isEqualTo("notification.not-found");
        assertThat(notFound.en.path("detail").asString()).isEqualTo("No notification with this id in your list.");
    }

    @Test
    void withoutAcceptLanguageOrWithAnotherLanguageItIsFrench() {
        assertThat(http.get("/api/catalog/services/svc-pas-au-catalogue").json().path("title").asString()).isEqualTo("Introuvable");
        assertThat(http.get("/api/catalog/services/svc-pas-au-catalogue", Map.of("Accept-Language", "de")).json()
                .path("title").asString()).isEqualTo("Introuvable");
        assertThat(http.get("/api/catalog/services/svc-pas-au-catalogue", Map.of("Accept-Language", "de, en;q=0.5")).json()
                .path("title").asString()).isEqualTo("Not found");
    }

    private record Pair(JsonNode en, JsonNode fr) {
    }

    private interface Call {
        Http.Reply send(Map<String, String> language);
    }

    /** The call in English then in French: both problems of this status, one language each, the same codes. */
    private static Pair both(Call call, int status) {
        JsonNode en = problem(call.send(Map.of("Accept-Language", "en")), status);
        JsonNode fr = problem(call.send(Map.of("Accept-Language", "fr")), status);
        for (String text : texts(en)) {
            assertThat(FRENCH_MARKS.matcher(text).find()).as("English only: " + text).isFalse();
        }
        assertThat(en.path("code").asString()).as(en.toString()).isNotBlank().isEqualTo(fr.path("code").asString());
        assertThat(codes(en)).isEqualTo(codes(fr));
        assertThat(en.path("title").asString()).isNotEqualTo(fr.path("title").asString());
        return new Pair(en, fr);
    }

    private static JsonNode problem(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        JsonNode problem = reply.json();
        for (String text : texts(problem)) {
            assertThat(text).as("one language: " + reply).doesNotContain(" / ");
        }
        return problem;
    }

    private static List<String> texts(JsonNode problem) {
        List<String> texts = new ArrayList<>(List.of(problem.path("title").asString(), problem.path("detail").asString()));
        texts.addAll(messages(problem));
        return texts;
    }

    private static List<String> messages(JsonNode problem) {
        List<String> messages = new ArrayList<>();
        problem.path("errors").forEach(error -> messages.add(error.path("message").asString()));
        return messages;
    }

    private static List<String> codes(JsonNode problem) {
        List<String> codes = new ArrayList<>();
        problem.path("errors").forEach(error -> codes.add(error.path("code").asString()));
        return codes;
    }

    private static Map<String, String> with(Map<String, String> headers, Map<String, String> language) {
        Map<String, String> all = new HashMap<>(headers);
        all.putAll(language);
        return all;
    }
}
