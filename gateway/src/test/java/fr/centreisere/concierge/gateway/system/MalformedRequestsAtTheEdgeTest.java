package fr.centreisere.concierge.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.centreisere.concierge.testsupport.RawHttp;
import fr.centreisere.concierge.testsupport.RawHttp.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a client can get wrong on the wire, at the only door facing the network: every refusal —
 * Netty's own (414, 431, a request line it cannot parse), the firewall's, the body limit's, the
 * internal-path wall's — is a 4xx problem document carrying the security headers; no HSTS over
 * plain HTTP nor for a forwarded header from just anyone; no actuator on the public port; a token naming
 * a key the gateway does not have is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestsAtTheEdgeTest {

    @LocalServerPort
    int port;

    @Autowired
    RSAKey signingKey;

    @Test
    void anOversizedRequestLineIs414Problem() {
        assertRefusal(RawHttp.get(port, "/api/catalog/services?q=" + "a".repeat(20_000)), 414);
    }

    @Test
    void oversizedHeadersAre431Problem() {
        assertRefusal(RawHttp.get(port, "/api/catalog/services", "X-Big: " + "a".repeat(20_000)), 431);
    }

    @Test
    void aRequestLineOrHeaderNettyCannotParseIs400Problem() {
        for (String head : List.of("GET /api/catalog/a\rb HTTP/1.1\r\nHost: x\r\n", "GET /api/catalog/a\nb HTTP/1.1\r\nHost: x\r\n",
                "GET /api/catalog/services HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n", "NOT-HTTP\r\n")) {
            assertRefusal(RawHttp.send(port, head, new byte[0]), 400);
        }
    }

    @Test
    void aTargetThatIsNotAUriIs400Problem() {
        for (String target : List.of("/api/catalog/services?a=%", "/api/catalog/services?q=%zz", "/api/catalog/a%zzb",
                "/api/catalog/services?q=%4", "/api/catalog/a\u0000b", "/api/catalog/services?q=\u007f")) {
            assertRefusal(RawHttp.get(port, target), 400);
        }
    }

    @Test
    void pathsTheFirewallRefusesAre400Problems() {
        for (String path : List.of("/api/catalog//services", "/api/catalog/services/%00", "/api/catalog/a;b=c/services",
                "/api/catalog/services/%25s%25n", "/api/catalog/services/%25zz",
                "/api/catalog/services/%2F..", "/api/catalog/services/%0d%0aSet-Cookie:x")) {
            Answer answer = RawHttp.get(port, path);
            assertThat(answer.status()).as(path + ": " + answer).isBetween(400, 404);
            assertThat(answer.isProblem()).as(path + ": " + answer).isTrue();
            assertSecurityHeaders(answer);
        }
    }

    @Test
    void theGatewaysOwnEndpointsRefuseABadBodyOrContentTypeWithTheApisTypes() {
        Answer wildcard = RawHttp.post(port, "/api/auth/login", "*/*", "{\"email\":\"a@b.fr\",\"password\":\"x\"}");
        assertRefusal(wildcard, 415);
        assertThat(wildcard.body()).contains("/problems/unsupported-media-type");
        Answer notJson = RawHttp.post(port, "/api/auth/login", "application/json", "{\"email\":");
        assertRefusal(notJson, 400);
        Answer unacceptable = RawHttp.send(port, "GET /.well-known/jwks.json HTTP/1.1\r\nHost: x\r\nAccept: image/png\r\n", new byte[0]);
        assertRefusal(unacceptable, 406);
        assertThat(unacceptable.body()).contains("/problems/not-acceptable");
    }

    @Test
    void theBodyLimitsRefusalCarriesTheSecurityHeaders() {
        byte[] big = ("{\"email\":\"" + "x".repeat(1024 * 1024 + 1) + "\"}").getBytes(StandardCharsets.UTF_8);
        Answer answer = RawHttp.send(port, "POST /api/auth/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + big.length + "\r\n", big);
        assertRefusal(answer, 413);
    }

    @Test
    void aBodyDeclaredTooLargeToReadAwayIsRefusedAtOnceAndTheConnectionClosed() {
        Answer answer = RawHttp.send(port, "POST /api/auth/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (64L * 1024 * 1024) + "\r\nConnection: keep-alive\r\n", "{\"email\":\"".getBytes(StandardCharsets.UTF_8));
        assertRefusal(answer, 413);
        assertThat(answer.header("connection")).isEqualToIgnoringCase("close");
    }

    @Test
    void theInternalPathWallsRefusalCarriesTheSecurityHeaders() {
        assertRefusal(RawHttp.get(port, "/internal/coverage"), 404);
    }

    @Value("${local.management.port}")
    int managementPort;

    /** The public port has no actuator at all (issue 17): the probes and the metrics are on the management port. */
    @Test
    void theActuatorIsNotOnThePublicPortButOnTheManagementPort() {
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/info",
                "/actuator/prometheus")) {
            assertRefusal(RawHttp.get(port, path), 404);
        }
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(RawHttp.get(managementPort, "/actuator/health/readiness").status()).isIn(200, 503);
        assertThat(RawHttp.get(managementPort, "/actuator/info").status()).isEqualTo(200);
        assertThat(RawHttp.get(managementPort, "/actuator/env").status()).as("not exposed").isEqualTo(404);
        // NOT YET: WebFlux's management context also answers the gateway's own handlers (the web app: "/" is a 200
        // there), on the loopback address only; a filter refusing all but /actuator/** on that port is still to come
    }

    @Test
    void noHstsOverPlainHttpNorForAForwardedProtoFromAnUntrustedAddress() {
        assertThat(RawHttp.get(port, "/").header("strict-transport-security")).isNull();
        assertThat(RawHttp.get(port, "/", "X-Forwarded-Proto: https").header("strict-transport-security")).isNull();
        assertThat(RawHttp.get(port, "/", "Forwarded: proto=https;for=203.0.113.9").header("strict-transport-security")).isNull();
    }

    @Test
    void aTokenSignedWithTheGatewaysKeyButNamingAnotherKeyIsRefused() {
        String known = token(signingKey.getKeyID());
        assertThat(RawHttp.get(port, "/api/auth/me", "Authorization: Bearer " + known).status())
                .as("the gateway's own token passes its check (the account does not exist: 404)").isEqualTo(404);
        for (String keyId : new String[] { "another-key", null }) {
            Answer answer = RawHttp.get(port, "/api/auth/me", "Authorization: Bearer " + token(keyId));
            assertRefusal(answer, 401);
            assertThat(answer.header("www-authenticate")).contains("invalid_token");
        }
    }

    private String token(String keyId) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("usr-nobody").issuer("concierge-gateway")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("roles", List.of("COORDINATOR")).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertRefusal(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as("a problem document: " + answer).isTrue();
        assertThat(answer.body()).contains("\"status\":" + status);
        assertSecurityHeaders(answer);
    }

    static void assertSecurityHeaders(Answer answer) {
        assertThat(answer.header("content-security-policy")).as(answer.toString()).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(answer.header("x-frame-options")).isEqualTo("DENY");
        assertThat(answer.header("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("permissions-policy")).isNotNull();
    }
}
