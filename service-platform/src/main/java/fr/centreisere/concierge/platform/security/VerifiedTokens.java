package fr.centreisere.concierge.platform.security;

import java.time.Duration;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The bearer tokens whose RS256 signature this process has checked, by their exact text, for a few minutes:
 * a signature check is a modular exponentiation, about 0.6 ms on the compiler the services run with (JFR:
 * 13 % of the gateway's CPU on « Mes commandes », 8 % of order-service's, issue 15), and a person's every
 * request carries the same token for its hour. What the text says cannot change, so its signature need not
 * be checked twice; the token's rules (expiry, issuer, subject, and any caller's own, such as the gateway's
 * deactivated accounts) are checked at every use, so that an expired token or a closed account is refused
 * as before. A token that failed a check is not kept. Kept at most {@link #KEPT}: a signing key withdrawn
 * from the key set stops verifying its tokens within that time.
 */
public final class VerifiedTokens {

    /** How long a checked signature is trusted without checking it again. */
    public static final Duration KEPT = Duration.ofMinutes(5);
    /** At most this many tokens (a few hundred bytes each, with their claims). */
    public static final int MOST = 1_000;

    private final Cache<String, Jwt> verified;
    private final OAuth2TokenValidator<Jwt> rules;

    /** @param rules what every use of a token checks (its signature is not one of them: see {@link #signatureOnly}) */
    public VerifiedTokens(OAuth2TokenValidator<Jwt> rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.verified = Caffeine.newBuilder().maximumSize(MOST).expireAfterWrite(KEPT).build();
    }

    /**
     * For the decoder that checks signatures: it accepts every claim set, the rules are checked here, at
     * every use, whether the signature was checked now or earlier.
     */
    public static OAuth2TokenValidator<Jwt> signatureOnly() {
        return jwt -> OAuth2TokenValidatorResult.success();
    }

    /**
     * The token as decoded when its signature was checked, checked against the rules again; null when it was
     * not checked here lately.
     *
     * @throws JwtValidationException when it breaks a rule now (e.g. it expired)
     */
    public @Nullable Jwt known(String token) {
        Jwt jwt = verified.getIfPresent(token);
        return jwt == null ? null : obeyingTheRules(jwt);
    }

    /**
     * A token whose signature was just checked: checked against the rules, then kept.
     *
     * @throws JwtValidationException when it breaks a rule (it is not kept)
     */
    public Jwt verifiedNow(String token, Jwt decoded) {
        Jwt checked = obeyingTheRules(decoded);
        verified.put(token, checked);
        return checked;
    }

    private Jwt obeyingTheRules(Jwt jwt) {
        OAuth2TokenValidatorResult result = rules.validate(jwt);
        if (result.hasErrors()) {
            // the message Spring Security's own decoders give
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException(description == null ? "The token is not valid" : description,
                    result.getErrors());
        }
        return jwt;
    }
}
