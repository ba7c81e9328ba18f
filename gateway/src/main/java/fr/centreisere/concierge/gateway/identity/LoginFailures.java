package fr.centreisere.concierge.gateway.identity;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Recent failed logins, per account (its e-mail key, whether or not the account exists) and per
 * client address: past a limit within a window, both are blocked until the window ends. Kept where
 * every gateway instance sees the same counts.
 */
public interface LoginFailures {

    /** How long this account or this address must still wait; empty when neither is blocked. */
    Mono<Duration> blockedFor(String accountKey, String address);

    Mono<Void> recordFailure(String accountKey, String address);

    /** A successful login forgets the account's failures (not the address's). */
    Mono<Void> forget(String accountKey);
}
