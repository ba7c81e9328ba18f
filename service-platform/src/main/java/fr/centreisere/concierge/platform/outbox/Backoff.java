package fr.centreisere.concierge.platform.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long to wait after the n-th failed attempt: {@code first × 2^(n-1)}, at most {@code max}, spread
 * by ± {@code jitter} (a fraction in [0, 1)) so that instances and owners do not retry in step.
 */
public record Backoff(Duration first, Duration max, double jitter) {

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a fraction in [0, 1): " + jitter);
        }
        if (first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 <= first <= max: " + first + ", " + max);
        }
    }

    /** The wait after {@code failedAttempts} failures (1 for the first). */
    public Duration after(int failedAttempts, RandomGenerator random) {
        long base = first.toMillis();
        for (int i = 1; i < failedAttempts && base < max.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, max.toMillis());
        double spread = jitter == 0 ? 1 : 1 - jitter + random.nextDouble() * 2 * jitter;
        return Duration.ofMillis(Math.round(base * spread));
    }
}
