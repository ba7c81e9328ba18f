package fr.centreisere.concierge.gateway.identity;

import java.time.Duration;

/** Too many mails asked lately for this address or from this client: wait before asking again (429). */
public class TooManyMailRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyMailRequests(Duration retryAfter) {
        super("too many mail requests");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
