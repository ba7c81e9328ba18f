package fr.centreisere.concierge.gateway.token;

import java.time.Duration;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public half of the signing key, for every service to check tokens with (RFC 7517). */
@RestController
class JwksController {

    private final Map<String, Object> publicKeys;

    JwksController(RSAKey signingKey) {
        this.publicKeys = new JWKSet(signingKey.toPublicJWK()).toJSONObject(true);
    }

    /** The public key the services check access tokens with (a JWK set); anyone may read it. */
    @GetMapping(value = "/.well-known/jwks.json", produces = { "application/jwk-set+json", "application/json" })
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(publicKeys);
    }
}
