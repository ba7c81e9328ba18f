package fr.centreisere.concierge.gateway.token;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import fr.centreisere.concierge.platform.security.VerifiedTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The signing key, the encoder that signs with it and the decoder the gateway checks tokens with. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenSettings.class)
class TokenConfiguration {

    @Bean
    RSAKey signingKey(TokenSettings settings, Environment environment) {
        return SigningKeys.load(settings, environment.matchesProfiles("demo"));
    }

    @Bean
    JwtEncoder jwtEncoder(RSAKey signingKey) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)));
    }

    @Bean
    JwtAccessTokens accessTokens(JwtEncoder encoder, RSAKey signingKey, TokenSettings settings, Clock clock) {
        return new JwtAccessTokens(encoder, signingKey.getKeyID(), settings, clock);
    }

    /**
     * The gateway checks tokens with its own public key, as every service does with the JWK set: a
     * token must name that key ({@code kid}); one signed with it but naming another key, or none, is
     * refused here as the services would refuse it. Other beans of type {@link OAuth2TokenValidator} add
     * their checks.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(RSAKey signingKey, TokenSettings settings,
            ObjectProvider<OAuth2TokenValidator<Jwt>> moreChecks) {
        RSAKey publicKey = signingKey.toPublicJWK();
        String keyId = publicKey.getKeyID();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSource(token -> keyId.equals(token.getHeader().getKeyID()) ? Flux.just(publicKey) : Flux.empty())
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>(List.of(
                JwtValidators.createDefaultWithIssuer(settings.issuer()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank())));
        // e.g. the identity feature's deactivated accounts
        moreChecks.orderedStream().forEach(checks::add);
        // the signature checked once per token, the checks above at every request (VerifiedTokens)
        decoder.setJwtValidator(VerifiedTokens.signatureOnly());
        VerifiedTokens tokens = new VerifiedTokens(new DelegatingOAuth2TokenValidator<>(checks));
        return token -> Mono.defer(() -> {
            Jwt known = tokens.known(token);
            return known != null ? Mono.just(known) : decoder.decode(token).map(jwt -> tokens.verifiedNow(token, jwt));
        });
    }
}
