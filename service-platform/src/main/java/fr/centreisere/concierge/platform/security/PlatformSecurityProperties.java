package fr.centreisere.concierge.platform.security;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway publishes its keys and what a service expects of a token and of an internal
 * call. Defaults come from the environment (see {@link PlatformSecurityEnvironment}):
 * {@code CONCIERGE_JWKS_URI}, {@code CONCIERGE_INTERNAL_TOKEN}.
 *
 * @param jwksUri       the gateway's JWK set, e.g. {@code http://127.0.0.1:8080/.well-known/jwks.json}
 * @param issuer        the {@code iss} every token must carry
 * @param internalToken the shared secret of calls between services ({@code X-Internal-Token})
 */
@ConfigurationProperties("concierge.security")
public record PlatformSecurityProperties(URI jwksUri, @DefaultValue("concierge-gateway") String issuer,
        @Nullable String internalToken) {
}
