package fr.centreisere.concierge.gateway.identity;

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
}
