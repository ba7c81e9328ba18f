package fr.centreisere.concierge.gateway.identity;

import java.time.Instant;

import fr.centreisere.concierge.platform.page.Page;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where accounts are kept. E-mail keys are unique: adding a second account with one fails with
 * {@link EmailAlreadyUsed}. Every write that adds or changes an account also marks it to be copied to
 * notification-service's directory (the copy leaves later, until it is taken).
 */
public interface Accounts {

    /** Adds the account, or fails with {@link EmailAlreadyUsed} when its e-mail (in any case) is taken. */
    Mono<Account> add(Account account);

    /** Adds the account unless one with its id exists already (demo seed: running it twice changes nothing). */
    Mono<Boolean> addIfAbsent(Account account);

    Mono<Account> byEmail(EmailAddress email);

    Mono<Account> byId(String id);

    /** Keeps the account's new name and phone; answers the account as it now is, empty when it no longer exists. */
    Mono<Account> changeProfile(Account changed);

    /** Keeps the account's new password hash; false when the account no longer exists. */
    Mono<Boolean> changePassword(String id, PasswordHash hash);

    /** The account's address is verified (idempotent); false when the account no longer exists. */
    Mono<Boolean> markEmailVerified(String id);

    /** A page of accounts matching the filter, ordered by e-mail. */
    Mono<Page<Account>> list(AccountFilter filter, int page, int size);

    /**
     * The account cannot log in any more and its tokens issued before {@code tokensNotBefore} are refused;
     * answers the account as it now is, empty when it does not exist. Copied to the directory.
     */
    Mono<Account> deactivate(String id, Instant tokensNotBefore);

    /**
     * The account may log in again; tokens issued before {@code tokensNotBefore} (all of them were issued before the
     * deactivation) stay refused. Empty when it does not exist. Copied to the directory.
     */
    Mono<Account> reactivate(String id, Instant tokensNotBefore);

    /** Every account that was ever deactivated: what the gateway checks tokens against. */
    Flux<Account> everDeactivated();

    /**
     * A number that every deactivation and reactivation raises (after its own write), on every instance: the
     * gateway reads {@link #everDeactivated} again only when it moved (one read by id instead of every account).
     */
    Mono<Long> revocationsVersion();
}
