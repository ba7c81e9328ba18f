package fr.centreisere.concierge.platform.security;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** A key pair of the test's own, and tokens signed with it the way the gateway signs them. */
final class TestTokens {

    static final String ISSUER = "concierge-gateway";

    final RSAKey key;

    TestTokens(String keyId) {
        try {
            this.key = new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the gateway would publish at /.well-known/jwks.json. */
    String jwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    JWTClaimsSet.Builder claims(String userId, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(userId)
                .issuer(ISSUER)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString())
                .claim("email", userId + "@demo.test")
                .claim("name", "Name of " + userId)
                .claim("roles", roles);
    }

    String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String token(String userId, String... roles) {
        return sign(claims(userId, List.of(roles)).build());
    }
}
