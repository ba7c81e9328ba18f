package fr.centreisere.concierge.provider.support;

import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Callers of the API in tests: real RS256 tokens shaped like the gateway's (sub, roles, memberId,
 * issuer), signed by a key of the tests whose public half the service trusts through {@link Keys};
 * and the internal token of calls between services.
 */
public final class Api {

    /** The value of concierge.security.internal-token in src/test/resources/config/application.yml. */
    public static final String INTERNAL_TOKEN = "test-internal-token-for-every-test";

    private static final RSAKey KEY;

    static {
        try {
            KEY = new RSAKeyGenerator(2048).keyID("provider-tests").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api() {
    }

    /** Import into a Spring test: the service checks tokens against the tests' key instead of the gateway's JWK set. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Keys {
        @Bean
        JwtDecoder jwtDecoder() throws JOSEException {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEY.toRSAPublicKey()).build();
        }
    }

    public static String token(String userId, String memberId, String... roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(userId).issuer("concierge-gateway")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString())
                .claim("email", userId + "@demo.test").claim("name", "Name of " + userId)
                .claim("roles", List.of(roles));
        if (memberId != null) {
            claims.claim("memberId", memberId);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Consumer<HttpHeaders> coordinator() {
        return h -> h.setBearerAuth(token("usr-demo-coordinator", null, "COORDINATOR"));
    }

    public static Consumer<HttpHeaders> staffOf(String memberId) {
        return h -> h.setBearerAuth(token("usr-staff-" + memberId, memberId, "MEMBER_STAFF"));
    }

    public static Consumer<HttpHeaders> resident() {
        return h -> h.setBearerAuth(token("usr-demo-resident", null, "RESIDENT"));
    }

    /** What another service of ours sends on /internal/**. */
    public static Consumer<HttpHeaders> internal() {
        return h -> h.set("X-Internal-Token", INTERNAL_TOKEN);
    }

    public static String dispatchBody(String orderId, String serviceId, String category, String commune, String date) {
        return """
                {"orderId":"%s","orderNumber":"CMD-%s","serviceId":"%s","category":"%s","communeInsee":"%s",
                 "slot":{"date":"%s","from":"14:00","to":"16:00"},"quantity":1,"subtotalCents":4500,"commissionCents":360}
                """.formatted(orderId, orderId, serviceId, category, commune, date);
    }
}
