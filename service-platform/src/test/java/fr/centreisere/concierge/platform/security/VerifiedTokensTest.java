package fr.centreisere.concierge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import fr.centreisere.concierge.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A token's signature is checked once (issue 15: 0.6 ms of RSA per request, in the gateway and again in the
 * service), its rules at every use: an expired token, or one a rule refuses since, is refused though its
 * signature was checked before; a token refused is not kept.
 */
class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final List<String> signaturesChecked = new ArrayList<>();
    final Set<String> closedAccounts = ConcurrentHashMap.newKeySet();
    /** The signature check: the tokens "good-*" are well signed, any other is not. */
    final JwtDecoder signatures = token -> {
        signaturesChecked.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("Signed JWT rejected: Invalid signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject(token.substring(5))
                .issuedAt(NOW.minusSeconds(10)).expiresAt(NOW.plus(Duration.ofHours(1))).build();
    };
    final JwtDecoder decoder = new CheckedOnceJwtDecoder(signatures, new VerifiedTokens(rules()));

    private DelegatingOAuth2TokenValidator<Jwt> rules() {
        JwtTimestampValidator inTime = new JwtTimestampValidator(Duration.ofSeconds(60));
        inTime.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(inTime, jwt -> closedAccounts.contains(jwt.getSubject())
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The account is closed", null))
                : OAuth2TokenValidatorResult.success());
    }

    @Test
    void aTokensSignatureIsCheckedOnceForAllItsRequests() {
        for (int i = 0; i < 3; i++) {
            assertThat(decoder.decode("good-alice").getSubject()).isEqualTo("alice");
        }
        assertThat(decoder.decode("good-bruno").getSubject()).isEqualTo("bruno");

        assertThat(signaturesChecked).containsExactly("good-alice", "good-bruno");
    }

    @Test
    void aTokenCheckedBeforeIsRefusedOnceItExpiredOrARuleRefusesIt() {
        decoder.decode("good-alice");
        decoder.decode("good-bruno");

        closedAccounts.add("bruno");
        assertThatThrownBy(() -> decoder.decode("good-bruno")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("The account is closed");

        clock.advance(Duration.ofHours(1).plusMinutes(2)); // past its expiry and the 60 s of skew
        assertThatThrownBy(() -> decoder.decode("good-alice")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(signaturesChecked).as("both refused on their rules, from what was kept").hasSize(2);
    }

    @Test
    void aTokenRefusedIsNotKeptAndABadSignatureIsAlwaysChecked() {
        assertThatThrownBy(() -> decoder.decode("forged-alice")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged-alice")).isInstanceOf(BadJwtException.class);

        closedAccounts.add("carla");
        assertThatThrownBy(() -> decoder.decode("good-carla")).isInstanceOf(JwtValidationException.class);
        closedAccounts.remove("carla");
        assertThat(decoder.decode("good-carla").getSubject()).isEqualTo("carla");

        assertThat(signaturesChecked).containsExactly("forged-alice", "forged-alice", "good-carla", "good-carla");
    }
}
