package fr.centreisere.concierge.platform.outbox;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * When a destination's failed message is never tried again. {@code attempts} counts the attempt that
 * just failed.
 */
@FunctionalInterface
public interface GiveUp {

    boolean now(OutboxMessage message, int attempts, SendResult.Failed failure);

    /** Retried until it is delivered. */
    static GiveUp never() {
        return (message, attempts, failure) -> false;
    }

    /** Final when the destination answered one of these statuses (its answer will not change). */
    static GiveUp onStatus(int... statuses) {
        Set<Integer> finals = IntStream.of(statuses).boxed().collect(Collectors.toUnmodifiableSet());
        return (message, attempts, failure) -> failure.status() != null && finals.contains(failure.status());
    }

    /** After this many attempts in all. */
    static GiveUp afterAttempts(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max attempts must be positive: " + max);
        }
        return (message, attempts, failure) -> attempts >= max;
    }

    default GiveUp or(GiveUp other) {
        return (message, attempts, failure) -> now(message, attempts, failure) || other.now(message, attempts, failure);
    }
}
