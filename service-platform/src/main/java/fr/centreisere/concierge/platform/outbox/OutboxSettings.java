package fr.centreisere.concierge.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * How a service's relay runs, bound from one prefix of the service's choosing ({@link #bind}); the
 * same keys under every prefix: {@code enabled}, {@code interval}, {@code lease}, {@code batch-size},
 * {@code first-retry}, {@code max-retry}, {@code jitter}, {@code attention-after}, {@code max-per-owner},
 * {@code quiet-interval}.
 *
 * @param enabled        whether this instance runs rounds (every instance may: leases keep them apart)
 * @param interval       the shortest pause between two rounds (while something is due, or marked in this process)
 * @param lease          how long a relay holds a message it is sending; an expired lease is taken over
 * @param batchSize      owners looked at per round
 * @param firstRetry     wait after the first failure, doubled after each further one
 * @param maxRetry       longest wait between two attempts
 * @param jitter         ± fraction of randomness on each wait
 * @param attentionAfter attempts after which an undelivered message is reported
 * @param maxPerOwner    messages sent for one owner in one go (a bound, not a rule)
 * @param quietInterval  the longest pause between two rounds, when nothing is due sooner: what another
 *                       instance marked and did not deliver (it died) waits at most this long; this
 *                       instance's own marks and retries wake its relay at their time (never shorter
 *                       than {@code interval})
 */
public record OutboxSettings(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration interval,
        @DefaultValue("30s") Duration lease, @DefaultValue("50") int batchSize,
        @DefaultValue("2s") Duration firstRetry, @DefaultValue("5m") Duration maxRetry,
        @DefaultValue("0.2") double jitter, @DefaultValue("3") int attentionAfter,
        @DefaultValue("20") int maxPerOwner, @DefaultValue("30s") Duration quietInterval) {

    public OutboxSettings {
        if (batchSize < 1 || maxPerOwner < 1 || attentionAfter < 1) {
            throw new IllegalArgumentException("batch-size, max-per-owner and attention-after must be positive");
        }
        if (lease.isNegative() || lease.isZero() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("lease and interval must be positive");
        }
        if (quietInterval.compareTo(interval) < 0) {
            quietInterval = interval; // a longer interval set alone: rounds every interval, as it says
        }
    }

    /** The defaults above. */
    public static OutboxSettings defaults() {
        return new OutboxSettings(true, Duration.ofSeconds(5), Duration.ofSeconds(30), 50, Duration.ofSeconds(2),
                Duration.ofMinutes(5), 0.2, OutboxMessage.ATTENTION_AFTER_ATTEMPTS, 20, Duration.ofSeconds(30));
    }

    /** The settings under {@code prefix} (e.g. {@code concierge.orders.outbox}), the defaults where unset. */
    public static OutboxSettings bind(Environment environment, String prefix) {
        return Binder.get(environment).bindOrCreate(prefix, OutboxSettings.class);
    }

    public Backoff backoff() {
        return new Backoff(firstRetry, maxRetry, jitter);
    }
}
