package fr.centreisere.concierge.gateway.identity;

import reactor.core.publisher.Mono;

/** Where accounts are kept. E-mail keys are unique: adding a second account with one fails with {@link EmailAlreadyUsed}. */
public interface Accounts {

    /** Adds the account, or fails with {@link EmailAlreadyUsed} when its e-mail (in any case) is taken. */
    Mono<Account> add(Account account);

    /** Adds the account unless one with its id exists already (demo seed: running it twice changes nothing). */
    Mono<Boolean> addIfAbsent(Account account);

    Mono<Account> byEmail(EmailAddress email);

    Mono<Account> byId(String id);
}
