package fr.centreisere.concierge.gateway.identity;

import java.time.Clock;
import java.time.Instant;

import reactor.core.publisher.Mono;

/** A new single-use token for an account, kept with the mail that carries it (the mail leaves through the outbox). */
public class IssueAccountToken {

    private final AccountTokens tokens;
    private final Clock clock;

    public IssueAccountToken(AccountTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public Mono<Void> issue(Account account, TokenPurpose purpose, Language language) {
        Instant now = clock.instant();
        AccountMail mail = new AccountMail(purpose, account.id(), account.email(), account.displayName(), language,
                now.plus(purpose.lifetime()));
        return tokens.issue(SecretToken.random(), mail, now);
    }
}
