package fr.centreisere.concierge.order.orders;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How the outbox retries: after the n-th failed attempt, wait {@code firstRetry × 2^(n-1)}, at most
 * {@code maxRetry}, spread by ± {@code jitter} (a fraction) so that instances do not retry in step;
 * a sender holds a message for {@code lease} while it sends it.
 */
public record OutboxPolicy(Duration firstRetry, Duration maxRetry, double jitter, Duration lease, int batchSize) {

    public OutboxPolicy {
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(maxRetry, "maxRetry");
        Objects.requireNonNull(lease, "lease");
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a fraction in [0, 1): " + jitter);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
    }

    /** The wait after {@code failedAttempts} failures (1 for the first). */
    public Duration backoff(int failedAttempts, RandomGenerator random) {
        long base = firstRetry.toMillis();
        for (int i = 1; i < failedAttempts && base < maxRetry.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, maxRetry.toMillis());
        double spread = jitter == 0 ? 1 : 1 - jitter + random.nextDouble() * 2 * jitter;
        return Duration.ofMillis(Math.round(base * spread));
    }
}
