package fr.centreisere.concierge.gateway.identity;

import java.time.Duration;

/** Too many failed logins lately for this account or from this address: wait before trying again. */
public class TooManyLoginFailures extends RuntimeException {

    private final Duration retryAfter;

    public TooManyLoginFailures(Duration retryAfter) {
        super("too many login failures");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
