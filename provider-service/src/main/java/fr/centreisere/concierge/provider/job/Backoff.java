package fr.centreisere.concierge.provider.job;

import java.time.Duration;

/** How long to wait before the next attempt: {@code first}, doubling with each failure, at most {@code max}. */
public record Backoff(Duration first, Duration max) {

    public Duration after(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
