package fr.centreisere.concierge.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.platform.security.ApiAccessRules;
import fr.centreisere.concierge.testsupport.RawHttp;
import fr.centreisere.concierge.testsupport.RawHttp.Answer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a client can get wrong on the wire, against a real Tomcat with the platform: every answer is
 * a 4xx problem document (type, title, status), never a 500, Tomcat's HTML page or an empty body;
 * and JSON is read strictly (no fraction cut off, no enum by index or with spaces, no null in a list).
 */
@SpringBootTest(classes = MalformedRequestsTest.TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "concierge.security.jwks-uri=http://127.0.0.1:9/jwks.json",
                "concierge.security.internal-token=a-test-internal-token-of-some-length" })
class MalformedRequestsTest {

    static final String ORDER = "{\"serviceId\":\"svc-reparation-velo\",\"quantity\":2,\"billing\":\"PERSONAL\",\"communes\":[\"38563\"]}";

    @LocalServerPort
    int port;

    @Test
    void aWellFormedRequestPasses() {
        assertThat(RawHttp.get(port, "/api/probe/search?q=v%C3%A9lo").body()).contains("vélo");
        assertThat(RawHttp.post(port, "/api/probe/orders", "application/json", ORDER).status()).isEqualTo(200);
    }

    @Test
    void aBadPercentEncodingInTheQueryIs400NamingTheQuery() {
        for (String query : List.of("q=%FF", "q=%", "q=%zz", "%FF=1")) {
            Answer answer = RawHttp.get(port, "/api/probe/search?" + query);
            assertProblem(answer, 400);
            assertThat(answer.body()).as(query).contains("\"field\":\"query\"");
        }
    }

    @Test
    void operatorShapedQueryParametersAreAProblemNotTomcatsPage() {
        assertProblem(RawHttp.get(port, "/api/probe/search?page[$ne]=x"), 400);
        assertProblem(RawHttp.get(port, "/api/probe/search?q={\"$gt\":\"\"}"), 400);
    }

    @Test
    void aWildcardOrUnparseableContentTypeIs415() {
        for (String type : List.of("*/*", "application/*", "???", "json")) {
            assertProblem(RawHttp.post(port, "/api/probe/orders", type, ORDER), 415);
        }
        assertProblem(RawHttp.post(port, "/api/probe/orders", "text/plain", ORDER), 415);
    }

    @Test
    void rawUtf8OrControlCharactersInAHeaderAre400NamingIt() {
        byte[] head = ("GET /api/probe/header HTTP/1.1\r\nHost: 127.0.0.1\r\nIdempotency-Key: clé-🚲\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Answer answer = RawHttp.sendBytes(port, head, new byte[0]);
        assertProblem(answer, 400);
        assertThat(answer.body()).contains("Idempotency-Key");
    }

    @Test
    void unacceptableOrUnparseableAcceptIs406WithAProblemBody() {
        assertProblem(RawHttp.get(port, "/api/probe/search?q=a", "Accept: image/png"), 406);
        assertProblem(RawHttp.get(port, "/api/probe/search?q=a", "Accept: ???"), 406);
    }

    @Test
    void pathsTomcatOrTheFirewallRefuseAreProblems() {
        for (String path : List.of("/api/probe/things/%00", "/api/probe/things/a%2Fb", "/api/probe/things/%FF",
                "/api/probe/things/a;b", "/api/probe//things/a", "/api/probe/things/%2e%2e", "/api/probe/things/a%5Cb")) {
            Answer answer = RawHttp.get(port, path);
            assertThat(answer.status()).as(path).isBetween(400, 499);
            assertThat(answer.isProblem()).as(path + ": " + answer).isTrue();
        }
    }

    @Test
    void controlCharactersInTheRequestLineAreAProblem() {
        for (String target : List.of("/api/probe/things/a\rb", "/api/probe/things/a\u0001b", "/api/probe/search?q=\u0001")) {
            Answer answer = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n", new byte[0]);
            assertThat(answer.status()).as(target).isBetween(400, 499);
            assertThat(answer.isProblem()).as(target + ": " + answer).isTrue();
        }
    }

    @Test
    void anOversizedUrlOrHeaderIsAProblem() {
        Answer longUrl = RawHttp.get(port, "/api/probe/search?q=" + "a".repeat(20_000));
        assertThat(longUrl.status()).isBetween(400, 499);
        assertThat(longUrl.isProblem()).as(longUrl.toString()).isTrue();
        Answer bigHeader = RawHttp.get(port, "/api/probe/search?q=a", "X-Big: " + "a".repeat(20_000));
        assertThat(bigHeader.status()).isBetween(400, 499);
        assertThat(bigHeader.isProblem()).as(bigHeader.toString()).isTrue();
    }

    @Test
    void anUnknownPathOrMethodIsAProblem() {
        assertProblem(RawHttp.get(port, "/api/probe/nothing-here"), 404);
        assertProblem(RawHttp.send(port, "DELETE /api/probe/search HTTP/1.1\r\nHost: 127.0.0.1\r\n", new byte[0]), 405);
        Answer unknownMethod = RawHttp.send(port, "BREW /api/probe/search HTTP/1.1\r\nHost: 127.0.0.1\r\n", new byte[0]);
        assertThat(unknownMethod.status()).isBetween(400, 405);
        assertThat(unknownMethod.isProblem()).as(unknownMethod.toString()).isTrue();
    }

    @Test
    void aWholeNumberWithAFractionIsRefusedNamingTheField() {
        for (String quantity : List.of("1.5", "1.0", "1e2")) {
            Answer answer = RawHttp.post(port, "/api/probe/orders", "application/json", ORDER.replace("\"quantity\":2", "\"quantity\":" + quantity));
            assertProblem(answer, 400);
            assertThat(answer.body()).as(quantity).contains("\"field\":\"quantity\"");
        }
        Answer huge = RawHttp.post(port, "/api/probe/orders", "application/json", ORDER.replace("\"quantity\":2", "\"quantity\":99999999999"));
        assertProblem(huge, 400);
        assertThat(huge.body()).contains("\"field\":\"quantity\"");
    }

    @Test
    void anEnumValueMustBeExact() {
        for (String billing : List.of("\"0\"", "0", "\"PERSONAL \"", "\" PERSONAL\"", "\"personal\"", "\"NOPE\"")) {
            Answer answer = RawHttp.post(port, "/api/probe/orders", "application/json", ORDER.replace("\"PERSONAL\"", billing));
            assertProblem(answer, 400);
            assertThat(answer.body()).as(billing).contains("\"field\":\"billing\"");
        }
    }

    @Test
    void aNullInsideAListIsRefusedNamingItsPlace() {
        Answer inBody = RawHttp.post(port, "/api/probe/orders", "application/json", ORDER.replace("[\"38563\"]", "[null]"));
        assertProblem(inBody, 400);
        assertThat(inBody.body()).contains("\"field\":\"communes[0]\"");
        Answer atTop = RawHttp.send(port, "PUT /api/probe/capabilities HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n",
                "[null]".getBytes(StandardCharsets.UTF_8));
        assertProblem(atTop, 400);
        Answer nested = RawHttp.send(port, "PUT /api/probe/capabilities HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n",
                "[{\"serviceId\":\"svc-a\",\"communes\":[null]}]".getBytes(StandardCharsets.UTF_8));
        assertProblem(nested, 400);
        assertThat(nested.body()).contains("\"field\":\"[0].communes[0]\"");
    }

    @Test
    void aParameterRefusedByAValidatedControllerOrADateOutOfRangeIs400() {
        Answer pattern = RawHttp.get(port, "/api/validated/days?serviceId=%00");
        assertProblem(pattern, 400);
        assertThat(pattern.body()).contains("\"field\":\"serviceId\"");
        assertProblem(RawHttp.get(port, "/api/validated/days?serviceId=svc-a&from=%2B999999999-12-31"), 400);
    }

    @Test
    void theErrorPageAndTheInternalApiAreNoOperationOfThePublicApiDescription(@org.springframework.beans.factory.annotation.Autowired
            org.springframework.core.env.Environment environment) {
        assertThat(environment.getProperty("springdoc.paths-to-exclude")).isEqualTo("/error,/internal/**");
    }

    @Test
    void aBodyThatIsNotJsonOrOfTheWrongShapeIs400() {
        for (String body : List.of("", "{", "nope", "[]", "{\"quantity\":\"x\"}", "{\"quantity\":{\"$gt\":\"\"}}",
                "{\"communes\":\"38563\"}", "\u0000")) {
            Answer answer = RawHttp.post(port, "/api/probe/orders", "application/json", body);
            assertProblem(answer, 400);
        }
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as("a problem document: " + answer).isTrue();
        assertThat(answer.body()).contains("\"status\":" + status);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({ ProbeController.class, ValidatedController.class })
    static class TestApplication {

        @Bean
        ApiAccessRules probeRules() {
            return rules -> rules.requestMatchers("/api/probe/**", "/api/validated/**").permitAll();
        }
    }

    enum Billing { PERSONAL, COMPANY }

    record OrderBody(@NotNull String serviceId, @NotNull Integer quantity, Billing billing, List<String> communes) {
    }

    record CapabilityBody(@NotNull String serviceId, List<String> communes) {
    }

    @RestController
    @org.springframework.validation.annotation.Validated
    static class ValidatedController {

        @GetMapping("/api/validated/days")
        Map<String, Object> days(@RequestParam @jakarta.validation.constraints.Pattern(regexp = "svc-[a-z]+") String serviceId,
                @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                        iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from) {
            return Map.of("until", from == null ? "-" : from.plusDays(60).toString());
        }
    }

    @RestController
    static class ProbeController {

        @GetMapping("/api/probe/search")
        Map<String, Object> search(@RequestParam(required = false) String q) {
            return Map.of("q", String.valueOf(q));
        }

        @GetMapping("/api/probe/header")
        Map<String, Object> header(@RequestHeader("Idempotency-Key") String key) {
            return Map.of("key", key);
        }

        @GetMapping("/api/probe/things/{id}")
        Map<String, Object> thing(@PathVariable String id) {
            return Map.of("id", id);
        }

        @PostMapping("/api/probe/orders")
        Map<String, Object> order(@Valid @RequestBody OrderBody body) {
            return Map.of("quantity", body.quantity(), "billing", String.valueOf(body.billing()));
        }

        @PutMapping("/api/probe/capabilities")
        List<String> capabilities(@RequestBody List<@Valid CapabilityBody> body) {
            return body.stream().map(CapabilityBody::serviceId).toList();
        }
    }
}
