package fr.centreisere.concierge.platform.security;

import java.util.Objects;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A service's bearer tokens: the signature checked once per token (by {@code signatures}, whose own validator
 * accepts every claim set), the rules at every request ({@link VerifiedTokens}).
 */
final class CheckedOnceJwtDecoder implements JwtDecoder {

    private final JwtDecoder signatures;
    private final VerifiedTokens tokens;

    CheckedOnceJwtDecoder(JwtDecoder signatures, VerifiedTokens tokens) {
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = tokens.known(token);
        return known != null ? known : tokens.verifiedNow(token, signatures.decode(token));
    }
}
