package fr.centreisere.concierge.gateway.token;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens are signed and for how long.
 *
 * @param issuer         the {@code iss} claim every service checks
 * @param lifetime       how long a token is valid ({@code CONCIERGE_GATEWAY_TOKEN_LIFETIME}, default 1 h)
 * @param privateKey     the RSA private key, PKCS#8 PEM ({@code CONCIERGE_JWT_PRIVATE_KEY}); production
 * @param privateKeyFile a file holding it ({@code CONCIERGE_JWT_PRIVATE_KEY_FILE}); production
 * @param keyDirectory   where the demo profile keeps the key it generates ({@code ${CONCIERGE_DATA_DIR}/keys})
 * @param ephemeralKey   a key generated in memory at each start, never kept: for tests only
 */
@ConfigurationProperties("concierge.token")
public record TokenSettings(@DefaultValue("concierge-gateway") String issuer, @DefaultValue("1h") Duration lifetime,
        String privateKey, Path privateKeyFile, @DefaultValue("data/keys") Path keyDirectory,
        @DefaultValue("false") boolean ephemeralKey) {
}
