package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import fr.centreisere.concierge.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input, as an attacker on the network would send it, through the gateway, to every public
 * operation of every service's OpenAPI description ({@code /v3/api-docs/<service>}): malformed and
 * wrong-typed bodies, nulls inside arrays, huge and control-character strings, operator-shaped
 * values, keys and query parameters ({@code {"$gt":""}}, {@code ?x[$ne]=1}), bad percent-encodings,
 * wrong content types, oversized headers and paths, out-of-range numbers and dates. Every request
 * is sent as bytes over a socket (some of them no HTTP client would send).
 *
 * <p>Asserted: no answer is a 5xx; every 4xx is a problem document ({@code application/problem+json}
 * with {@code type}, {@code title} and the same {@code status}); a value that cannot be right (not
 * JSON, a wrong type, a null in a list, an operator object, a fraction for a whole number, an
 * unknown enum value, an impossible date, a wrong content type) is refused; and the refused
 * writes changed nothing (orders, jobs, members, a member's capabilities, the catalog, the
 * companies and their employees read before and after). A value that may be right or wrong by a
 * rule of the domain (a far date, a long or odd text) must only not break anything: when it is
 * accepted the suite lists it, and does not compare the state of that kind of resource.
 * The summary line ({@code BAD-INPUT SUITE: ...}) gives the figures; it is also written to
 * {@code target/bad-input-summary.txt}.
 */
@SystemTest
class BadInputSystemTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final List<String> DESCRIPTIONS = List.of("gateway", "catalog-service", "order-service", "provider-service", "notification-service");
    static final String MEMBER = "mbr-atelier-velo-voironnais";
    static final String COMPANY = "cmp-demo-alpes-numerique";
    static final String SERVICE = "svc-reparation-velo";
    static final String HUGE = "a".repeat(20_000);
    static final String CONTROL = "x\u0000y\r\nz\u202E\u0007";
    /** Ids of nothing, for the writes to one resource. */
    static final Map<String, String> NOTHING = Map.of("id", "x-bad-input-none", "serviceId", "svc-bad-input-none",
            "memberId", "mbr-bad-input-none");
    /**
     * The background of a body: identity fields that no check accepts ({@code slug}, {@code id},
     * {@code email}...), so that no bad-input body can ever create something, while every other
     * field is still checked (a validation problem lists them all).
     */
    static final java.util.Set<String> IDENTITY_FIELDS = java.util.Set.of("id", "slug", "serviceId", "memberId", "siret", "email",
            "password", "siteId", "userId");
    /** At most this many properties of a body get their own bad values: sampled, not every combination. */
    static final int PROPERTIES_PER_BODY = 4;

    /** How sure we are that the value is wrong, whatever the field. */
    enum Kind { SURELY_WRONG, MAYBE_WRONG }

    record Outcome(String operation, String variant, Kind kind, String method, String target, int status, boolean problem,
            String body) {

        boolean isWrite() {
            return !method.equals("GET") && !method.equals("HEAD");
        }

        @Override
        public String toString() {
            return status + " " + method + " " + shorten(target) + " [" + variant + "] " + shorten(body);
        }
    }

    private final ConciergeSystem system;
    private final Http http;
    private final int port;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final AtomicInteger retriesAfter429 = new AtomicInteger();
    private final AtomicInteger keys = new AtomicInteger();

    BadInputSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
        this.port = Integer.parseInt(system.port("gateway"));
    }

    @Test
    void badInputIsAClientErrorWithAProblemDocumentAndChangesNothing() throws IOException {
        for (String[] account : new String[][] { { "COORDINATOR", "coordinator@demo.test" }, { "RESIDENT", "resident@demo.test" },
                { "EMPLOYEE", "employee@alpes-numerique.fr" }, { "COMPANY_ADMIN", "company-admin@demo.test" },
                { "MEMBER_STAFF", "member-staff@demo.test" } }) {
            tokens.put(account[0], SignIn.as(http, account[1]).get("Authorization"));
        }
        Map<String, String> before = snapshot();
        long started = System.nanoTime();

        int operations = 0;
        for (String description : DESCRIPTIONS) {
            Http.Reply docs = http.get("/v3/api-docs/" + description);
            assertThat(docs.status()).as("the OpenAPI description of " + description).isEqualTo(200);
            JsonNode api = docs.json();
            for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
                if (path.getKey().startsWith("/internal")) {
                    continue; // not public: the gateway never routes it (checked below, once)
                }
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                    if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        operations++;
                        attack(api, path.getKey(), method, operation.getValue());
                    }
                }
            }
        }
        attackTheEdge();
        Map<String, String> after = snapshot();
        double seconds = (System.nanoTime() - started) / 1e9;

        String summary = summary(operations, seconds, before, after);
        System.out.println(summary);
        Path report = Path.of("target", "bad-input-summary.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + System.lineSeparator(), StandardCharsets.UTF_8);

        assertThat(operations).as("operations found in the OpenAPI descriptions").isGreaterThan(30);
        assertThat(outcomes.stream().filter(outcome -> outcome.status() >= 500 || outcome.status() == 0).toList())
                .as("answers of 500 or more (or no answer at all) to bad input").isEmpty();
        assertThat(outcomes.stream().filter(outcome -> outcome.status() >= 400 && outcome.status() < 500 && !outcome.problem())
                .toList()).as("client errors that are not problem documents").isEmpty();
        assertThat(outcomes.stream().filter(outcome -> outcome.kind() == Kind.SURELY_WRONG && outcome.isWrite()
                && outcome.status() < 400).toList()).as("writes with a value that cannot be right, accepted").isEmpty();
        for (String resource : before.keySet()) {
            if (acceptedWritesTo(kindOf(resource)).isEmpty()) {
                assertThat(after.get(resource)).as("after the refused writes, " + resource).isEqualTo(before.get(resource));
            }
        }
    }

    // ---- one operation ---------------------------------------------------------------------------

    private void attack(JsonNode api, String template, String method, JsonNode operation) {
        String operationName = method + " " + template;
        String caller = callerFor(template, method);
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        // a write (a DELETE too) goes to an id of nothing: a request that passed every check would then be a
        // 404, never a change of the shared system
        boolean write = hasBody(method) || method.equals("DELETE");
        String path = write && template.contains("{") ? fill(template, NOTHING) : fill(template, Map.of());
        String goodQuery = goodQuery(parameters);

        // path variables: what must never become part of another address
        for (JsonNode parameter : parameters) {
            if (!parameter.path("in").asString().equals("path")) {
                continue;
            }
            String name = parameter.path("name").asString();
            for (String bad : List.of("%2e%2e", "..%2F..%2Finternal", "%00", "%0D%0ASet-Cookie:%20x=1", "%25s%25n", "%FF", "%C0%AE",
                    "a".repeat(3000), "%7B%22%24gt%22%3A%22%22%7D")) {
                send(operationName, "path " + name + "=" + shorten(bad), Kind.MAYBE_WRONG, caller, method,
                        fill(template, Map.of(name, bad)) + goodQuery, null, null);
            }
        }
        boolean plainAction = hasBody(method) && !template.contains("{")
                && operation.path("requestBody").path("content").path("application/json").isMissingNode();
        if (plainAction) {
            return; // a write without a body nor an id (join a company): a junk query would not stop it; nothing to feed it
        }
        // query parameters, declared or not
        for (String extra : List.of("x[$ne]=1", "page[$ne]=x", "q=%FF", "size=%00", "a=%", "%FF=1", "page=-1", "size=100000",
                "page=1.5", "where=%7B%22%24where%22%3A%22sleep(1000)%22%7D")) {
            send(operationName, "query " + extra, Kind.MAYBE_WRONG, caller, method, path + "?" + extra, null, null);
        }
        for (JsonNode parameter : parameters) {
            if (!parameter.path("in").asString().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asString();
            for (String bad : badQueryValues(resolve(api, parameter.path("schema")))) {
                send(operationName, "query " + name + "=" + shorten(bad), Kind.MAYBE_WRONG, caller, method,
                        path + "?" + without(goodQuery, name) + name + "=" + bad, null, null);
            }
        }
        JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (bodySchema.isMissingNode() || method.equals("GET") || method.equals("DELETE")) {
            return;
        }
        // bodies: not JSON, not the right type, wrong content type
        JsonNode schema = resolve(api, bodySchema);
        JsonNode sample = sample(api, schema, 0);
        String target = path + goodQuery;
        for (String bad : List.of("{", "{\"a\":", "nope", "\u0000", "{}}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
                "{\"$gt\":\"\"}", sample.isArray() ? "{}" : "[]", "\"text\"", "123", "null")) {
            if (bad.equals("{}}") || bad.equals("{\"$gt\":\"\"}") && !sample.isArray()) {
                send(operationName, "body " + shorten(bad), Kind.MAYBE_WRONG, caller, method, target, bad, "application/json");
            } else {
                send(operationName, "body " + shorten(bad), Kind.SURELY_WRONG, caller, method, target, bad, "application/json");
            }
        }
        String json = JSON.writeValueAsString(sample);
        for (String type : List.of("*/*", "text/plain", "application/x-www-form-urlencoded", "???", "application/xml")) {
            send(operationName, "content-type " + type, Kind.SURELY_WRONG, caller, method, target, json, type);
        }
        send(operationName, "no content-type", Kind.SURELY_WRONG, caller, method, target, json, null);
        if (template.equals("/api/auth/login")) {
            return; // a well-shaped wrong login counts as a failed sign-in of this address: not here
        }
        // one bad value at a time in a body otherwise built from the schema
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>();
        JsonNode objectSchema = typeOf(schema).equals("array") ? resolve(api, schema.path("items")) : schema;
        objectSchema.path("properties").properties().forEach(properties::add);
        int mutated = 0;
        for (Map.Entry<String, JsonNode> property : prioritised(api, properties)) {
            if (mutated++ >= PROPERTIES_PER_BODY) {
                break;
            }
            JsonNode propertySchema = resolve(api, property.getValue());
            for (Map.Entry<JsonNode, Kind> bad : badValues(api, propertySchema).entrySet()) {
                JsonNode body = with(sample, property.getKey(), bad.getKey());
                send(operationName, "field " + property.getKey() + "=" + shorten(bad.getKey().toString()), bad.getValue(),
                        caller, method, target, JSON.writeValueAsString(body), "application/json");
            }
        }
        // an operator-shaped key
        if (sample.isObject()) {
            ObjectNode withOperator = ((ObjectNode) sample.deepCopy()).put("$where", "1 == 1");
            send(operationName, "key $where", Kind.MAYBE_WRONG, caller, method, target, JSON.writeValueAsString(withOperator),
                    "application/json");
        }
    }

    /** What the edge itself must refuse well, once per service: nothing here is an operation's business. */
    private void attackTheEdge() {
        String anyone = null;
        for (String prefix : List.of("/api/catalog/services", "/api/orders", "/api/members", "/api/auth/me")) {
            String caller = prefix.equals("/api/catalog/services") || prefix.equals("/api/members") ? anyone : tokens.get("COORDINATOR");
            sendRaw("edge " + prefix, "path of 20000 characters", Kind.SURELY_WRONG,
                    head("GET", prefix + "/" + "a".repeat(20_000), caller, null), new byte[0]);
            sendRaw("edge " + prefix, "header of 20000 characters", Kind.SURELY_WRONG,
                    head("GET", prefix, caller, null) + "X-Padding: " + HUGE + "\r\n", new byte[0]);
            sendRaw("edge " + prefix, "100 headers of 200 characters", Kind.SURELY_WRONG,
                    head("GET", prefix, caller, null) + String.join("", java.util.Collections.nCopies(100, "X-More: " + "c".repeat(200) + "\r\n")),
                    new byte[0]);
            sendRaw("edge " + prefix, "CR LF in the path", Kind.SURELY_WRONG, head("GET", prefix + "/a\r\nX-Injected: 1", caller, null),
                    new byte[0]);
            sendRaw("edge " + prefix, "NUL in the path", Kind.SURELY_WRONG, head("GET", prefix + "/a\u0000b", caller, null), new byte[0]);
            sendRaw("edge " + prefix, "%00 in the path", Kind.MAYBE_WRONG, head("GET", prefix + "/a%00b", caller, null), new byte[0]);
            sendRaw("edge " + prefix, "double slash", Kind.MAYBE_WRONG, head("GET", prefix.replace("/api/", "/api//"), caller, null),
                    new byte[0]);
            sendRaw("edge " + prefix, "raw UTF-8 in a header", Kind.MAYBE_WRONG,
                    head("GET", prefix, caller, null) + "Idempotency-Key: clé-🚲\r\n", new byte[0]);
            sendRaw("edge " + prefix, "control character in a header", Kind.SURELY_WRONG,
                    head("GET", prefix, caller, null) + "X-Note: a\u0001b\r\n", new byte[0]);
            sendRaw("edge " + prefix, "Accept ???", Kind.MAYBE_WRONG, head("GET", prefix, caller, "???"), new byte[0]);
            sendRaw("edge " + prefix, "Accept image/png", Kind.MAYBE_WRONG, head("GET", prefix, caller, "image/png"), new byte[0]);
            sendRaw("edge " + prefix, "a request line that is not HTTP", Kind.SURELY_WRONG, "GET " + prefix + " NOPE/9\r\nHost: x\r\n",
                    new byte[0]);
        }
        byte[] tooLarge = ("{\"notes\":\"" + "n".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        sendRaw("edge POST /api/orders", "body over 1 MB", Kind.SURELY_WRONG,
                head("POST", "/api/orders", tokens.get("RESIDENT"), null) + "Content-Type: application/json\r\nIdempotency-Key: big-body\r\n"
                        + "Content-Length: " + tooLarge.length + "\r\n", tooLarge);
        sendRaw("edge /internal", "an internal path", Kind.SURELY_WRONG, head("GET", "/internal/coverage", null, null), new byte[0]);
        sendRaw("edge /actuator", "the actuator's index", Kind.SURELY_WRONG, head("GET", "/actuator", null, null), new byte[0]);
    }

    // ---- sending ---------------------------------------------------------------------------------

    private void send(String operation, String variant, Kind kind, String caller, String method, String target, String body,
            String contentType) {
        byte[] bytes = body == null || !hasBody(method) ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(head(method, target, caller, "application/json"));
        if (bytes.length > 0) {
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        if (method.equals("POST") && target.startsWith("/api/orders")) {
            head.append("Idempotency-Key: bad-input-").append(keys.incrementAndGet()).append("\r\n");
        }
        sendRaw(operation, variant, kind, head.toString(), bytes);
    }

    private String head(String method, String target, String caller, String accept) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (caller != null) {
            head.append("Authorization: ").append(caller).append("\r\n");
        }
        if (accept != null) {
            head.append("Accept: ").append(accept).append("\r\n");
        }
        return head.toString();
    }

    private void sendRaw(String operation, String variant, Kind kind, String head, byte[] body) {
        String requestLine = head.substring(0, Math.max(0, head.indexOf("\r\n")));
        String[] parts = requestLine.split(" ", 3);
        String method = parts.length > 0 ? parts[0] : "?";
        String target = parts.length > 1 ? parts[1] : "?";
        RawHttp.Answer answer = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            answer = RawHttp.sendBytes(port, head.getBytes(StandardCharsets.UTF_8), body);
            if (answer.status() != 429) {
                break;
            }
            retriesAfter429.incrementAndGet();
            sleepSeconds(answer.header("retry-after"));
        }
        outcomes.add(new Outcome(operation, variant, kind, method, target, answer.status(), isProblem(answer), answer.body()));
    }

    private static boolean hasBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private static boolean isProblem(RawHttp.Answer answer) {
        if (!answer.isProblem()) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem.path("type").isString() && problem.path("title").isString()
                    && problem.path("status").asInt() == answer.status();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static void sleepSeconds(String retryAfter) {
        long seconds = 1;
        try {
            seconds = Math.max(1, Math.min(5, Long.parseLong(retryAfter == null ? "1" : retryAfter.trim())));
        } catch (NumberFormatException ignored) {
            // one second
        }
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- who calls, with which ids ---------------------------------------------------------------

    /** The caller an operation needs to get past authorization to the input checks. */
    private String callerFor(String template, String method) {
        if (template.startsWith("/api/jobs")) {
            return tokens.get("MEMBER_STAFF");
        }
        if (template.startsWith("/api/companies/mine")) {
            return tokens.get("EMPLOYEE");
        }
        if (template.startsWith("/api/companies/{")) {
            return tokens.get("COMPANY_ADMIN");
        }
        if (template.equals("/api/orders") || template.startsWith("/api/auth/me")) {
            return tokens.get("RESIDENT");
        }
        if (template.equals("/api/auth/register") || template.equals("/api/auth/login")) {
            return null;
        }
        if (method.equals("GET") && (template.startsWith("/api/catalog") || template.startsWith("/api/members")
                || template.startsWith("/api/availability"))) {
            return null; // public reads: the anonymous client's own budget of requests
        }
        return tokens.get("COORDINATOR");
    }

    /**
     * Real ids where a write could change something we check afterwards (a service, a member, a
     * company), and ids of nothing where a valid call would act (an order, a job, an employee).
     */
    private static String fill(String template, Map<String, String> overrides) {
        StringBuilder path = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                path.append(template.substring(at));
                break;
            }
            int close = template.indexOf('}', open);
            path.append(template, at, open);
            String name = template.substring(open + 1, close);
            path.append(overrides.getOrDefault(name, idFor(template, name)));
            at = close + 1;
        }
        return path.toString();
    }

    private static String idFor(String template, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("month")) {
            return "2026-11";
        }
        if (lower.contains("insee") || lower.equals("commune")) {
            return "38563";
        }
        if (lower.equals("category")) {
            return "SMALL_REPAIRS";
        }
        if (lower.equals("userid")) {
            return "usr-bad-input-nobody";
        }
        if (lower.equals("orderid")) {
            return "ord-bad-input-none";
        }
        if (lower.equals("jobid")) {
            return "job-bad-input-none";
        }
        if (lower.equals("serviceid")) {
            return SERVICE;
        }
        if (lower.equals("memberid")) {
            return MEMBER;
        }
        if (template.startsWith("/api/catalog/services")) {
            return SERVICE;
        }
        if (template.startsWith("/api/members")) {
            return MEMBER;
        }
        if (template.startsWith("/api/companies")) {
            return COMPANY;
        }
        if (template.startsWith("/api/orders")) {
            return "ord-bad-input-none";
        }
        if (template.startsWith("/api/jobs")) {
            return "job-bad-input-none";
        }
        return "x";
    }

    /** The required query parameters with a plausible value, so the bad value of another one is what gets checked. */
    private static String goodQuery(List<JsonNode> parameters) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean(false)) {
                String name = parameter.path("name").asString();
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(goodValue(name));
            }
        }
        return query.toString();
    }

    private static String goodValue(String name) {
        return switch (name) {
            case "serviceId" -> SERVICE;
            case "commune", "communeInsee" -> "38563";
            case "memberId" -> MEMBER;
            case "from" -> "2026-11-01";
            case "to" -> "2026-11-30";
            default -> idFor("", name);
        };
    }

    private static String without(String query, String name) {
        StringBuilder kept = new StringBuilder();
        for (String pair : query.replaceFirst("^\\?", "").split("&")) {
            if (!pair.isEmpty() && !pair.startsWith(name + "=")) {
                kept.append(pair).append('&');
            }
        }
        return kept.toString();
    }

    // ---- bad values ------------------------------------------------------------------------------

    private static List<String> badQueryValues(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("%FF", "%00", "%0D%0A", "%7B%22%24gt%22%3A%22%22%7D", "a".repeat(3000),
                "%E2%80%AEx", "-1", "99999999999999999999"));
        String type = typeOf(schema);
        String format = schema.path("format").asString();
        if (type.equals("integer") || type.equals("number")) {
            values.addAll(List.of("1.5", "1e400", "NaN"));
        }
        if (format.equals("date")) {
            values.addAll(List.of("%2B999999999-12-31", "0000-01-01", "2026-02-30"));
        }
        if (type.equals("boolean")) {
            values.add("maybe");
        }
        return values;
    }

    /** Bad values for one property, each with how sure it is that the field cannot take it. */
    private Map<JsonNode, Kind> badValues(JsonNode api, JsonNode schema) {
        Map<JsonNode, Kind> values = new LinkedHashMap<>();
        ObjectNode operator = NODES.objectNode().put("$gt", "");
        String type = typeOf(schema);
        String format = schema.path("format").asString();
        if (schema.has("enum")) {
            String first = schema.path("enum").path(0).asString();
            values.put(NODES.stringNode("0"), Kind.SURELY_WRONG);
            values.put(NODES.numberNode(0), Kind.SURELY_WRONG);
            values.put(NODES.stringNode(first + " "), Kind.SURELY_WRONG);
            values.put(NODES.stringNode("NOPE"), Kind.SURELY_WRONG);
            values.put(operator, Kind.SURELY_WRONG);
            return values;
        }
        switch (type) {
            case "array" -> {
                values.put(NODES.arrayNode().addNull(), Kind.SURELY_WRONG);
                values.put(NODES.arrayNode().add(operator), Kind.SURELY_WRONG);
                values.put(NODES.stringNode("x"), Kind.MAYBE_WRONG); // a single value may be read as a list of one
                JsonNode item = sample(api, resolve(api, schema.path("items")), 1);
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 2000; i++) {
                    many.add(item);
                }
                values.put(many, Kind.MAYBE_WRONG);
            }
            case "integer" -> {
                values.put(NODES.numberNode(1.5), Kind.SURELY_WRONG);
                values.put(NODES.numberNode(new java.math.BigInteger("99999999999999999999")), Kind.SURELY_WRONG);
                values.put(NODES.numberNode(-1), Kind.MAYBE_WRONG);
                values.put(operator, Kind.SURELY_WRONG);
                values.put(NODES.stringNode("x"), Kind.SURELY_WRONG);
            }
            case "number" -> {
                values.put(NODES.numberNode(new java.math.BigDecimal("1e400")), Kind.MAYBE_WRONG);
                values.put(NODES.numberNode(-0.5), Kind.MAYBE_WRONG);
                values.put(operator, Kind.SURELY_WRONG);
                values.put(NODES.stringNode("x"), Kind.SURELY_WRONG);
            }
            case "boolean" -> {
                values.put(NODES.stringNode("yes"), Kind.SURELY_WRONG);
                values.put(NODES.numberNode(2), Kind.SURELY_WRONG);
            }
            case "object" -> {
                values.put(NODES.arrayNode(), Kind.SURELY_WRONG);
                values.put(NODES.stringNode("x"), Kind.SURELY_WRONG);
                values.put(NODES.objectNode().putNull("$where"), Kind.MAYBE_WRONG);
            }
            default -> {
                if (format.equals("date")) {
                    values.put(NODES.stringNode("+999999999-12-31"), Kind.MAYBE_WRONG);
                    values.put(NODES.stringNode("0000-01-01"), Kind.MAYBE_WRONG);
                    values.put(NODES.stringNode("2026-02-30"), Kind.SURELY_WRONG);
                    values.put(NODES.stringNode("yesterday"), Kind.SURELY_WRONG);
                } else {
                    values.put(NODES.stringNode(CONTROL), Kind.MAYBE_WRONG);
                    values.put(NODES.stringNode(HUGE), Kind.MAYBE_WRONG);
                    values.put(NODES.stringNode("../../internal/x"), Kind.MAYBE_WRONG);
                }
                values.put(operator, Kind.SURELY_WRONG);
                values.put(NODES.arrayNode().add("x"), Kind.SURELY_WRONG);
            }
        }
        return values;
    }

    /** Arrays, numbers, enums and dates first: the values that broke the services before; then the rest in order. */
    private static List<Map.Entry<String, JsonNode>> prioritised(JsonNode api, List<Map.Entry<String, JsonNode>> properties) {
        Function<Map.Entry<String, JsonNode>, Integer> rank = property -> {
            JsonNode schema = resolve(api, property.getValue());
            String type = typeOf(schema);
            if (type.equals("array")) {
                return 0;
            }
            if (type.equals("integer") || type.equals("number") || schema.has("enum")) {
                return 1;
            }
            return schema.path("format").asString().equals("date") ? 2 : 3;
        };
        List<Map.Entry<String, JsonNode>> sorted = new ArrayList<>(properties);
        sorted.sort(java.util.Comparator.comparing(rank));
        return sorted;
    }

    // ---- bodies from the schema ------------------------------------------------------------------

    static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.path("$ref").asString();
            current = api.at(ref.substring(1));
        }
        if (current.has("allOf") && current.path("allOf").size() > 0) {
            return resolve(api, current.path("allOf").path(0));
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (current.has(alternatives)) {
                for (JsonNode option : current.path(alternatives)) {
                    if (!option.path("type").asString().equals("null")) {
                        return resolve(api, option);
                    }
                }
            }
        }
        return current;
    }

    /** A body of the schema's shape with plausible values (which the checks may still refuse: it is bad input's background). */
    static JsonNode sample(JsonNode api, JsonNode schema, int depth) {
        if (schema.has("example") && !schema.path("example").isNull()) {
            return schema.path("example");
        }
        if (schema.has("enum")) {
            return schema.path("enum").path(0);
        }
        String type = typeOf(schema);
        String format = schema.path("format").asString();
        return switch (type) {
            case "array" -> depth > 3 ? NODES.arrayNode() : NODES.arrayNode().add(sample(api, resolve(api, schema.path("items")), depth + 1));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(5.5);
            case "boolean" -> NODES.booleanNode(false);
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth <= 3) {
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        object.set(property.getKey(), IDENTITY_FIELDS.contains(property.getKey())
                                ? NODES.stringNode("not an id, nor an e-mail")
                                : sample(api, resolve(api, property.getValue()), depth + 1));
                    }
                }
                yield object;
            }
            default -> {
                if (schema.has("properties")) {
                    yield sample(api, ((ObjectNode) schema.deepCopy()).put("type", "object"), depth);
                }
                yield NODES.stringNode(switch (format) {
                    case "date" -> "2026-12-20";
                    case "date-time" -> "2026-12-20T10:00:00Z";
                    case "email" -> "bad-input@exemple.fr";
                    case "partial-time", "time" -> "10:00";
                    default -> "x";
                });
            }
        };
    }

    /** The schema's type; OpenAPI 3.1 may give a list of them, {@code null} among them. */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asString().equals("null")) {
                    return one.asString();
                }
            }
            return "";
        }
        return type.asString();
    }

    private static JsonNode with(JsonNode sample, String property, JsonNode value) {
        if (sample.isArray()) {
            ArrayNode list = NODES.arrayNode();
            Iterator<JsonNode> items = sample.iterator();
            JsonNode first = items.hasNext() ? items.next() : NODES.objectNode();
            list.add(first.isObject() ? ((ObjectNode) first.deepCopy()).set(property, value) : value);
            return list;
        }
        ObjectNode copy = sample.isObject() ? (ObjectNode) sample.deepCopy() : NODES.objectNode();
        copy.set(property, value);
        return copy;
    }

    // ---- what changed ----------------------------------------------------------------------------

    /** What a refused write must not have changed, as the coordinator (and a resident) reads it. */
    private Map<String, String> snapshot() {
        Map<String, String> coordinator = Map.of("Authorization", tokens.get("COORDINATOR"));
        Map<String, String> state = new TreeMap<>();
        state.put("orders: all", total(read("/api/orders?size=1", coordinator)));
        state.put("orders: the resident's", total(read("/api/orders?size=1", Map.of("Authorization", tokens.get("RESIDENT")))));
        state.put("jobs: all", total(read("/api/jobs?size=1", coordinator)));
        state.put("members: active", total(read("/api/members?size=1")));
        state.put("members: " + MEMBER, read("/api/members/" + MEMBER + "/details", coordinator).body());
        state.put("members: capabilities of " + MEMBER, read("/api/members/" + MEMBER + "/capabilities").body());
        state.put("catalog: active services", total(read("/api/catalog/services?size=1")));
        state.put("catalog: " + SERVICE, withoutCoverage(read("/api/catalog/services/" + SERVICE).body()));
        state.put("companies: all", read("/api/companies", coordinator).body());
        state.put("companies: employees of " + COMPANY, read("/api/companies/" + COMPANY + "/employees?size=100", coordinator).body());
        return state;
    }

    /**
     * A read of the snapshot, sent again after a 429 or a 503: the suite's own requests may have used up the
     * gateway's rate limit just before (each is resent the same way, see {@link #sendRaw}).
     */
    private Http.Reply read(String path, Map<String, String> headers) {
        Http.Reply reply = http.get(path, headers);
        // a 503 too: right after the suite before it restarted a part, a dependency may not be routable yet
        for (int attempt = 0; attempt < 20 && (reply.status() == 429 || reply.status() == 503); attempt++) {
            retriesAfter429.incrementAndGet();
            List<String> retryAfter = reply.headers().getOrDefault("retry-after", reply.headers().get("Retry-After"));
            sleepSeconds(retryAfter == null || retryAfter.isEmpty() ? null : retryAfter.get(0));
            reply = http.get(path, headers);
        }
        return reply;
    }

    private Http.Reply read(String path) {
        return read(path, Map.of());
    }

    private static String total(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().path("totalElements").asString();
    }

    /** The catalog learns the coverage on its own schedule: not a change made by anyone's request. */
    private static String withoutCoverage(String body) {
        ObjectNode service = (ObjectNode) JSON.readTree(body);
        service.remove("coverageAsOf");
        return service.toString();
    }

    private static String kindOf(String resource) {
        return resource.substring(0, resource.indexOf(':'));
    }

    private List<Outcome> acceptedWritesTo(String kind) {
        String prefix = switch (kind) {
            case "orders" -> "/api/orders";
            case "jobs" -> "/api/jobs";
            case "members" -> "/api/members";
            case "catalog" -> "/api/catalog";
            case "companies" -> "/api/companies";
            default -> "/api/" + kind;
        };
        return outcomes.stream().filter(outcome -> outcome.isWrite() && outcome.status() < 400 && outcome.target().startsWith(prefix))
                .toList();
    }

    // ---- the figures -----------------------------------------------------------------------------

    private String summary(int operations, double seconds, Map<String, String> before, Map<String, String> after) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        outcomes.forEach(outcome -> byStatus.merge(outcome.status(), 1, Integer::sum));
        long clientErrors = outcomes.stream().filter(outcome -> outcome.status() >= 400 && outcome.status() < 500).count();
        long problems = outcomes.stream().filter(outcome -> outcome.status() >= 400 && outcome.status() < 500 && outcome.problem()).count();
        long serverErrors = outcomes.stream().filter(outcome -> outcome.status() >= 500 || outcome.status() == 0).count();
        List<Outcome> accepted = outcomes.stream().filter(outcome -> outcome.isWrite() && outcome.status() < 400).toList();
        List<String> unchanged = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> notCompared = new ArrayList<>();
        for (String resource : before.keySet()) {
            if (!acceptedWritesTo(kindOf(resource)).isEmpty()) {
                notCompared.add(resource);
            } else if (before.get(resource).equals(after.get(resource))) {
                unchanged.add(resource);
            } else {
                changed.add(resource);
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("BAD-INPUT SUITE: %d requests to %d operations of %d OpenAPI descriptions in %.1f s (%d resent after a 429); "
                .formatted(outcomes.size(), operations, DESCRIPTIONS.size(), seconds, retriesAfter429.get()));
        text.append("answers by status ").append(byStatus).append("; ");
        text.append("5xx or none: %d; 4xx: %d, of which problem documents: %d; ".formatted(serverErrors, clientErrors, problems));
        text.append("writes accepted: %d; state unchanged: %s%s%s".formatted(accepted.size(), unchanged,
                changed.isEmpty() ? "" : "; CHANGED: " + changed, notCompared.isEmpty() ? "" : "; not compared: " + notCompared));
        if (!accepted.isEmpty()) {
            text.append(System.lineSeparator()).append("  accepted writes (the value may be wrong by a domain rule):");
            accepted.stream().limit(40).forEach(outcome -> text.append(System.lineSeparator()).append("    ").append(outcome));
        }
        outcomes.stream().filter(outcome -> outcome.status() >= 500 || outcome.status() == 0
                || outcome.status() >= 400 && !outcome.problem()).limit(40)
                .forEach(outcome -> text.append(System.lineSeparator()).append("  WRONG ANSWER: ").append(outcome));
        return text.toString();
    }

    private static String shorten(String text) {
        String visible = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return visible.length() > 120 ? visible.substring(0, 120) + "…(" + visible.length() + ")" : visible;
    }

    static {
        // the suite reads its figures, nobody else's: keep the JVM's default charset out of the bytes sent
        if (!StandardCharsets.UTF_8.equals(java.nio.charset.Charset.defaultCharset())) {
            System.getLogger(BadInputSystemTest.class.getName()).log(System.Logger.Level.INFO,
                    "default charset is " + java.nio.charset.Charset.defaultCharset() + "; requests are sent as UTF-8");
        }
    }
}
