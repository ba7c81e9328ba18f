package fr.centreisere.concierge.gateway.identity;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Recent failed logins, counted so that nobody can lock anybody else out: per account and address
 * (an address that keeps failing on one account waits), per address (one that fails on many accounts
 * waits), and per account — past that limit only the addresses that already failed on the account
 * wait, never one that has not, so the owner still signs in from elsewhere. Keys are the e-mail
 * (whether or not the account exists) and the client address. Kept where every gateway instance sees
 * the same counts.
 */
public interface LoginFailures {

    /** How long logins to this account from this address must still wait; empty when they need not. */
    Mono<Duration> blockedFor(String accountKey, String address);

    /** Counts a failure; answers how many failures the account now has in its window (to slow them down). */
    Mono<Integer> recordFailure(String accountKey, String address);

    /** A successful login forgets the account's failures and those of this account from this address (not the address's own). */
    Mono<Void> forget(String accountKey, String address);

    /** A new password forgets every failure on the account, from every address (the addresses' own counts stay). */
    Mono<Void> forgetAccount(String accountKey);
}
