package fr.centreisere.concierge.gateway.token;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import fr.centreisere.concierge.gateway.identity.AccessTokens;
import fr.centreisere.concierge.gateway.identity.Account;
import fr.centreisere.concierge.gateway.identity.IssuedToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Signed JWTs (RS256) with the claims of docs/INTERNAL-API.md. */
public class JwtAccessTokens implements AccessTokens {

    private final JwtEncoder encoder;
    private final String keyId;
    private final TokenSettings settings;
    private final Clock clock;

    public JwtAccessTokens(JwtEncoder encoder, String keyId, TokenSettings settings, Clock clock) {
        this.encoder = encoder;
        this.keyId = keyId;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(Account account) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .subject(account.id())
                .issuedAt(now)
                .expiresAt(now.plus(settings.lifetime()))
                .id(UUID.randomUUID().toString())
                .claim("email", account.email().value())
                .claim("name", account.displayName())
                .claim("roles", account.roles().stream().map(Enum::name).sorted().toList());
        if (account.memberId() != null) {
            claims.claim("memberId", account.memberId());
        }
        if (account.companyId() != null) {
            claims.claim("companyId", account.companyId());
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).type("JWT").build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new IssuedToken(token, settings.lifetime(), account.roles());
    }
}
