package fr.centreisere.concierge.gateway.identity;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * Where mailed tokens are kept, by their hash only. A token's document is also the outbox of the mail
 * that carries it: both are written at once, and the mail leaves later (and again until delivered).
 */
public interface AccountTokens {

    /**
     * Keeps the token (its hash) with its mail, in one write; the account's earlier tokens of that purpose
     * still unused stop being valid.
     */
    Mono<Void> issue(SecretToken token, AccountMail mail, Instant now);

    /** The account of a token unused, not replaced and not expired at {@code now}; empty otherwise. Changes nothing. */
    Mono<String> accountOfValid(TokenPurpose purpose, String tokenHash, Instant now);

    /** Uses a valid token, in a conditional update: of two callers only one gets the account, the other empty. */
    Mono<String> use(TokenPurpose purpose, String tokenHash, Instant now);
}
