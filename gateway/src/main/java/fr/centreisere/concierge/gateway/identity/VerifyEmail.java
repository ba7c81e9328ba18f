package fr.centreisere.concierge.gateway.identity;

import java.time.Clock;

import reactor.core.publisher.Mono;

/** A verification link followed: the token is used once and the account's address is verified. */
public class VerifyEmail {

    private final AccountTokens tokens;
    private final Accounts accounts;
    private final Clock clock;

    public VerifyEmail(AccountTokens tokens, Accounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Mono<Void> verify(String token) {
        return tokens.use(TokenPurpose.EMAIL_VERIFICATION, SecretToken.hashOf(token), clock.instant())
                .switchIfEmpty(Mono.error(() -> new InvalidToken(TokenPurpose.EMAIL_VERIFICATION)))
                .flatMap(accounts::markEmailVerified)
                .then();
    }
}
