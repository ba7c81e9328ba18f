package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may call what, through the gateway, for anonymous and every demo account, on every endpoint of
 * docs/API.md. Grows with each feature: where a cell says {@link Expect#ALLOWED} (passes authorization:
 * neither 401 nor 403) or {@link Expect#REFUSED} (403 or 404: not theirs), a feature that lands
 * makes it exact. Also: forged tokens are refused by the gateway and by a service, failed logins are
 * limited, and no password (nor its hash) appears in any answer or log line.
 */
@SystemTest
class AuthorizationMatrixTest {

    static final String DEMO_PASSWORD = "demo-concierge-2026";
    static final String COMPANY = "cmp-demo-alpes-numerique";
    static final String MEMBER = "mbr-atelier-velo-voironnais";
    static final String OTHER_MEMBER = "mbr-not-this-one";
    static final JsonMapper JSON = JsonMapper.builder().build();

    enum Caller {
        ANONYMOUS(null), RESIDENT("resident@demo.test"), EMPLOYEE("employee@alpes-numerique.fr"),
        COMPANY_ADMIN("company-admin@demo.test"), MEMBER_STAFF("member-staff@demo.test"),
        COORDINATOR("coordinator@demo.test");

        final String email;

        Caller(String email) {
            this.email = email;
        }
    }

    /** What a cell expects: an exact status, or a class of answers while the feature is not there yet. */
    record Expect(int status, String meaning) {
        static final Expect ALLOWED = new Expect(0, "allowed (neither 401 nor 403)");
        static final Expect REFUSED = new Expect(-1, "refused (403, or 404: not theirs)");
        static final Expect UNAUTHENTICATED = new Expect(401, "401");
        static final Expect FORBIDDEN = new Expect(403, "403");

        static Expect exactly(int status) {
            return new Expect(status, String.valueOf(status));
        }

        boolean accepts(int actual) {
            if (this == ALLOWED) {
                return actual != 401 && actual != 403 && actual != 429 && actual < 500;
            }
            if (this == REFUSED) {
                return actual == 403 || actual == 404;
            }
            return actual == status;
        }
    }

    record Endpoint(String method, String path, Supplier<Object> body, Map<Caller, Expect> expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final ConciergeSystem system;
    private final Http http;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    AuthorizationMatrixTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    // ---- the matrix ---------------------------------------------------------------------------

    /** Everyone may call it; signed-in callers too. */
    static Map<Caller, Expect> everyone(Expect expect) {
        return all(expect, expect);
    }

    /** Anyone signed in (401 otherwise). */
    static Map<Caller, Expect> signedIn(Expect expect) {
        return all(Expect.UNAUTHENTICATED, expect);
    }

    /** Only these roles (403 for the other signed-in callers). */
    static Map<Caller, Expect> only(Expect expect, Caller... callers) {
        Map<Caller, Expect> cells = all(Expect.UNAUTHENTICATED, Expect.FORBIDDEN);
        for (Caller caller : callers) {
            cells.put(caller, expect);
        }
        return cells;
    }

    static Map<Caller, Expect> all(Expect anonymous, Expect signedIn) {
        Map<Caller, Expect> cells = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            cells.put(caller, caller == Caller.ANONYMOUS ? anonymous : signedIn);
        }
        return cells;
    }

    static Map<Caller, Expect> with(Map<Caller, Expect> cells, Caller caller, Expect expect) {
        cells.put(caller, expect);
        return cells;
    }

    static List<Endpoint> endpoints() {
        Supplier<Object> none = () -> null;
        Supplier<Object> empty = () -> Map.of();
        List<Endpoint> rows = new ArrayList<>();
        // Auth (gateway)
        rows.add(new Endpoint("POST", "/api/auth/register", () -> Map.of("email", unique("inscrit@exemple.fr"),
                "password", "un-mot-de-passe-solide", "displayName", "Nouvel Inscrit"), everyone(Expect.exactly(201))));
        rows.add(new Endpoint("POST", "/api/auth/login",
                () -> Map.of("email", "resident@demo.test", "password", DEMO_PASSWORD), everyone(Expect.exactly(200))));
        rows.add(new Endpoint("GET", "/api/auth/me", none, signedIn(Expect.exactly(200))));
        rows.add(new Endpoint("POST", "/api/auth/accounts", () -> Map.of("email", unique("equipe@atelier.fr"),
                "password", "un-mot-de-passe-solide", "displayName", "Équipière", "role", "MEMBER_STAFF", "memberId", MEMBER),
                only(Expect.exactly(201), Caller.COORDINATOR)));
        // issue 14: account administration (an unknown account: nobody real is deactivated by the matrix)
        rows.add(new Endpoint("GET", "/api/auth/accounts", none, only(Expect.exactly(200), Caller.COORDINATOR)));
        rows.add(new Endpoint("POST", "/api/auth/accounts/usr-personne/deactivate", none, only(Expect.exactly(404), Caller.COORDINATOR)));
        rows.add(new Endpoint("POST", "/api/auth/accounts/usr-personne/reactivate", none, only(Expect.exactly(404), Caller.COORDINATOR)));
        // issue 13: one's own account (a weak new password is refused before the current one is checked: no failed login counted)
        rows.add(new Endpoint("PATCH", "/api/auth/me", empty, signedIn(Expect.exactly(200))));
        rows.add(new Endpoint("POST", "/api/auth/password", () -> Map.of("currentPassword", "x", "newPassword", "x"),
                signedIn(Expect.exactly(400))));
        rows.add(new Endpoint("POST", "/api/auth/password-reset", () -> Map.of("email", unique("oubli@exemple.fr")),
                everyone(Expect.exactly(202))));
        rows.add(new Endpoint("POST", "/api/auth/password-reset/confirm",
                () -> Map.of("token", "pas-un-jeton", "password", "un-mot-de-passe-solide"), everyone(Expect.exactly(400))));
        rows.add(new Endpoint("POST", "/api/auth/email-verification", none, signedIn(Expect.exactly(202))));
        rows.add(new Endpoint("POST", "/api/auth/email-verification/confirm", () -> Map.of("token", "pas-un-jeton"),
                everyone(Expect.exactly(400))));
        rows.add(new Endpoint("GET", "/.well-known/jwks.json", none, everyone(Expect.exactly(200))));
        // Notifications (notification-service, issue 13): one's own list and choices; another's entry is a 404
        rows.add(new Endpoint("GET", "/api/notifications", none, signedIn(Expect.exactly(200))));
        rows.add(new Endpoint("POST", "/api/notifications/read-all", none, signedIn(Expect.exactly(204))));
        rows.add(new Endpoint("POST", "/api/notifications/ntf-0123456789abcdef0123456789abcdef/read", none,
                signedIn(Expect.exactly(404))));
        rows.add(new Endpoint("GET", "/api/notifications/preferences", none, signedIn(Expect.exactly(200))));
        rows.add(new Endpoint("PUT", "/api/notifications/preferences", () -> Map.of("language", "fr", "email", Map.of("ORDERS", true)),
                signedIn(Expect.exactly(200))));
        // Catalog (catalog-service)
        for (String path : List.of("/api/catalog/communes", "/api/catalog/categories",
                "/api/catalog/services?commune=38563&category=DELIVERY", "/api/catalog/services/svc-livraison-courses")) {
            rows.add(new Endpoint("GET", path, none, everyone(Expect.ALLOWED)));
        }
        rows.add(new Endpoint("POST", "/api/catalog/services", empty, only(Expect.ALLOWED, Caller.COORDINATOR)));
        rows.add(new Endpoint("PUT", "/api/catalog/services/svc-livraison-courses", empty, only(Expect.ALLOWED, Caller.COORDINATOR)));
        // Orders, companies, statements (order-service)
        rows.add(new Endpoint("POST", "/api/orders", empty, signedIn(Expect.ALLOWED)));
        rows.add(new Endpoint("GET", "/api/orders", none, signedIn(Expect.ALLOWED)));
        rows.add(new Endpoint("GET", "/api/orders/ord-not-theirs", none, with(signedIn(Expect.REFUSED), Caller.COORDINATOR, Expect.ALLOWED)));
        rows.add(new Endpoint("POST", "/api/orders/ord-not-theirs/cancel", () -> Map.of("reason", "test"),
                with(signedIn(Expect.REFUSED), Caller.COORDINATOR, Expect.ALLOWED)));
        rows.add(new Endpoint("POST", "/api/orders/ord-not-theirs/reassign", () -> Map.of("memberId", MEMBER),
                only(Expect.ALLOWED, Caller.COORDINATOR)));
        rows.add(new Endpoint("POST", "/api/companies", empty, only(Expect.ALLOWED, Caller.COORDINATOR)));
        rows.add(new Endpoint("PUT", "/api/companies/" + COMPANY, empty, only(Expect.ALLOWED, Caller.COORDINATOR)));
        rows.add(new Endpoint("GET", "/api/companies/mine", none, signedIn(Expect.ALLOWED)));
        rows.add(new Endpoint("POST", "/api/companies/mine/join", none, signedIn(Expect.ALLOWED)));
        for (String[] companyPath : new String[][] { { "GET", "/api/companies/" + COMPANY },
                { "GET", "/api/companies/" + COMPANY + "/employees" },
                { "POST", "/api/companies/" + COMPANY + "/employees/usr-demo-employee/approve" },
                { "POST", "/api/companies/" + COMPANY + "/employees/usr-demo-employee/revoke" },
                { "GET", "/api/companies/" + COMPANY + "/statements/2026-11" } }) {
            Map<Caller, Expect> cells = signedIn(Expect.REFUSED);
            cells.put(Caller.COMPANY_ADMIN, Expect.ALLOWED);
            cells.put(Caller.COORDINATOR, Expect.ALLOWED);
            rows.add(new Endpoint(companyPath[0], companyPath[1], none, cells));
        }
        // Members and jobs (provider-service)
        rows.add(new Endpoint("GET", "/api/members", none, everyone(Expect.exactly(200))));
        rows.add(new Endpoint("GET", "/api/members/" + MEMBER, none, everyone(Expect.exactly(200))));
        rows.add(new Endpoint("POST", "/api/members", empty, only(Expect.ALLOWED, Caller.COORDINATOR)));
        rows.add(new Endpoint("PUT", "/api/members/" + MEMBER, empty, only(Expect.ALLOWED, Caller.COORDINATOR)));
        Supplier<Object> capabilities = () -> List.of(Map.of("serviceId", "svc-reparation-velo", "communes", List.of("38563"),
                "dailyCapacity", 2));
        rows.add(new Endpoint("PUT", "/api/members/" + MEMBER + "/capabilities", capabilities,
                only(Expect.ALLOWED, Caller.MEMBER_STAFF, Caller.COORDINATOR)));
        rows.add(new Endpoint("PUT", "/api/members/" + OTHER_MEMBER + "/capabilities", capabilities,
                with(only(Expect.ALLOWED, Caller.COORDINATOR), Caller.MEMBER_STAFF, Expect.REFUSED)));
        rows.add(new Endpoint("GET", "/api/jobs?state=OFFERED", none, only(Expect.exactly(200), Caller.MEMBER_STAFF, Caller.COORDINATOR)));
        Map<String, Supplier<Object>> jobActions = new LinkedHashMap<>();
        jobActions.put("accept", none);
        jobActions.put("decline", () -> Map.of("reason", "pas disponible"));
        jobActions.put("start", none);
        jobActions.put("complete", () -> Map.of("hoursWorked", 2, "insertionHours", 1));
        jobActions.forEach((action, body) -> rows.add(new Endpoint("POST", "/api/jobs/job-not-theirs/" + action, body,
                with(only(Expect.REFUSED, Caller.MEMBER_STAFF), Caller.COORDINATOR, Expect.REFUSED))));
        rows.add(new Endpoint("GET", "/api/jobs/job-not-theirs/dispatch", none,
                with(only(Expect.ALLOWED, Caller.COORDINATOR), Caller.MEMBER_STAFF, Expect.REFUSED)));
        rows.add(new Endpoint("GET", "/api/impact?from=2026-11-01&to=2026-11-30", none, only(Expect.ALLOWED, Caller.COORDINATOR)));
        // issue 14: the reports of a period are for coordinators
        rows.add(new Endpoint("GET", "/api/reports/orders?from=2026-11-01&to=2026-11-30", none, only(Expect.exactly(200), Caller.COORDINATOR)));
        rows.add(new Endpoint("GET", "/api/reports/jobs?from=2026-11-01&to=2026-11-30", none, only(Expect.exactly(200), Caller.COORDINATOR)));
        rows.add(new Endpoint("GET", "/api/reports/coverage-gaps", none, only(Expect.ALLOWED, Caller.COORDINATOR)));
        // issue 11: availability is public, the rotation's month for staff and coordinators, candidates for coordinators
        rows.add(new Endpoint("GET", "/api/availability?serviceId=svc-reparation-velo&commune=38563&days=7", none,
                everyone(Expect.exactly(200))));
        rows.add(new Endpoint("GET", "/api/rotation/SMALL_REPAIRS/2026-12", none,
                only(Expect.exactly(200), Caller.MEMBER_STAFF, Caller.COORDINATOR)));
        rows.add(new Endpoint("GET", "/api/jobs/job-not-theirs/candidates", none,
                with(only(Expect.REFUSED, Caller.COORDINATOR), Caller.MEMBER_STAFF, Expect.REFUSED)));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyCallerOnEveryEndpointGetsWhatTheirRoleAllows() {
        logInEveryone();
        return endpoints().stream().flatMap(endpoint -> endpoint.expected().entrySet().stream()
                .map(cell -> DynamicTest.dynamicTest(cell.getKey() + " " + endpoint + " → " + cell.getValue().meaning(), () -> {
                    Http.Reply reply = call(endpoint, cell.getKey());
                    assertThat(cell.getValue().accepts(reply.status()))
                            .as("%s %s as %s: expected %s, got %s", endpoint.method(), endpoint.path(), cell.getKey(),
                                    cell.getValue().meaning(), reply)
                            .isTrue();
                    if (reply.status() >= 400) {
                        assertThat(reply.isProblem()).as("a problem document: " + reply).isTrue();
                    }
                    assertThat(reply.body()).doesNotContain("$2a$", "passwordHash", DEMO_PASSWORD);
                })));
    }

    @Test
    void aTamperedAnExpiredOrAForeignTokenIsRefusedByTheGatewayAndByTheService() throws Exception {
        String valid = logIn("coordinator@demo.test");
        String[] parts = valid.split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));

        ObjectNode promoted = claims.deepCopy();
        promoted.put("sub", "usr-someone-else");
        String tampered = parts[0] + "." + base64(JSON.writeValueAsBytes(promoted)) + "." + parts[2];

        ObjectNode past = claims.deepCopy();
        past.put("iat", Instant.now().minusSeconds(7200).getEpochSecond());
        past.put("exp", Instant.now().minusSeconds(3600).getEpochSecond());
        String expired = sign(parts[0], past, gatewaySigningKey());

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreign = sign(parts[0], claims, generator.generateKeyPair().getPrivate());

        String orderService = "http://127.0.0.1:" + system.port("order-service");
        // the valid token passes both (order-service may not serve /api/orders yet: anything but 401)
        assertThat(http.get("/api/auth/me", bearer(valid)).status()).isEqualTo(200);
        assertThat(http.get(orderService + "/api/orders", bearer(valid)).status()).isNotEqualTo(401);
        for (Map.Entry<String, String> forged : Map.of("tampered", tampered, "expired", expired, "foreign", foreign).entrySet()) {
            Http.Reply atGateway = http.get("/api/auth/me", bearer(forged.getValue()));
            assertThat(atGateway.status()).as("gateway, " + forged.getKey()).isEqualTo(401);
            assertThat(atGateway.isProblem()).isTrue();
            Http.Reply routed = http.get("/api/orders", bearer(forged.getValue()));
            assertThat(routed.status()).as("gateway route, " + forged.getKey()).isEqualTo(401);
            Http.Reply atService = http.get(orderService + "/api/orders", bearer(forged.getValue()));
            assertThat(atService.status()).as("order-service, " + forged.getKey()).isEqualTo(401);
            assertThat(atService.isProblem()).isTrue();
        }
    }

    @Test
    void internalEndpointsOfAServiceRefuseAUsersToken() {
        String catalog = "http://127.0.0.1:" + system.port("catalog-service");
        Http.Reply reply = http.get(catalog + "/internal/coverage", bearer(logIn("coordinator@demo.test")));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void repeatedFailedLoginsOnOneAccountAreLimitedWithRetryAfter() {
        String email = unique("cible@exemple.fr");
        assertThat(http.post("/api/auth/register", Map.of("email", email, "password", "un-mot-de-passe-solide",
                "displayName", "Cible"), Map.of()).status()).isEqualTo(201);
        for (int attempt = 0; attempt < 5; attempt++) {
            Http.Reply failed = http.post("/api/auth/login", Map.of("email", email, "password", "pas-le-bon-" + attempt), Map.of());
            assertThat(failed.status()).isEqualTo(401);
        }
        Http.Reply limited = http.post("/api/auth/login", Map.of("email", email, "password", "un-mot-de-passe-solide"), Map.of());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.isProblem()).isTrue();
        assertThat(Long.parseLong(limited.headers().get("retry-after").get(0))).isPositive();
    }

    @Test
    void noPasswordNorHashInAnyLogLine() throws IOException {
        logInEveryone();
        try (Stream<Path> logs = Files.list(system.logDir())) {
            for (Path log : logs.toList()) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                assertThat(text).as(log.toString()).doesNotContain("$2a$", "$2b$", "$2y$", DEMO_PASSWORD, "un-mot-de-passe-solide");
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private void logInEveryone() {
        for (Caller caller : Caller.values()) {
            if (caller.email != null && !tokens.containsKey(caller)) {
                tokens.put(caller, logIn(caller.email));
            }
        }
    }

    private String logIn(String email) {
        Http.Reply reply = http.post("/api/auth/login", Map.of("email", email, "password", DEMO_PASSWORD), Map.of());
        assertThat(reply.status()).as("login of " + email + ": " + reply).isEqualTo(200);
        return reply.json().path("accessToken").asString();
    }

    private Http.Reply call(Endpoint endpoint, Caller caller) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (caller != Caller.ANONYMOUS) {
            headers.put("Authorization", "Bearer " + tokens.get(caller));
        }
        if (endpoint.path().equals("/api/orders") && endpoint.method().equals("POST")) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        return http.send(endpoint.method(), endpoint.path(), endpoint.body().get(), headers);
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static String unique(String email) {
        return UUID.randomUUID().toString().substring(0, 8) + "." + email;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Signs claims as the gateway would (RS256, the same header), with the given key. */
    private static String sign(String header, JsonNode claims, PrivateKey key) throws GeneralSecurityException {
        String signingInput = header + "." + base64(JSON.writeValueAsBytes(claims));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64(rsa.sign());
    }

    /** The demo profile's signing key, kept by the gateway under the data folder. */
    private PrivateKey gatewaySigningKey() throws IOException, GeneralSecurityException {
        Path file = system.logDir().getParent().resolve("data/keys/jwt-signing-key.pem");
        String pem = Files.readString(file, StandardCharsets.US_ASCII)
                .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
