package fr.centreisere.concierge.gateway.identity;

import java.time.Duration;
import java.util.Optional;

/**
 * Recent failed logins, per account (its e-mail key, whether or not the account exists) and per
 * client address: past a limit within a window, both are blocked until the window ends.
 */
public interface LoginFailures {

    /** How long this account or this address must still wait, if either is blocked now. */
    Optional<Duration> blockedFor(String accountKey, String address);

    void recordFailure(String accountKey, String address);

    /** A successful login forgets the account's failures (not the address's). */
    void forget(String accountKey);
}
