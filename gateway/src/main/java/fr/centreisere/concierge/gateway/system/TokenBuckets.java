package fr.centreisere.concierge.gateway.system;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per client, in this gateway's memory: {@code burst} requests at once, refilled
 * at {@code perSecond}. Several gateway instances would each give a client its full rate (then move
 * the buckets to a shared store, e.g. Redis with Spring Cloud Gateway's RequestRateLimiter).
 */
final class TokenBuckets {

    private static final int PRUNE_ABOVE = 50_000;

    private final Clock clock;
    private final double burst;
    private final double perMilli;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(Clock clock, int burst, double perSecond) {
        this.clock = clock;
        this.burst = burst;
        this.perMilli = perSecond / 1000.0;
    }

    /** 0 when the client may go ahead (and one token is taken), else the milliseconds until it may. */
    long take(String client) {
        long now = clock.millis();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, now)).take(now);
    }

    private final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return perMilli <= 0 ? Long.MAX_VALUE : (long) Math.ceil((1 - tokens) / perMilli);
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            if (now > updatedAt) {
                tokens = Math.min(burst, tokens + (now - updatedAt) * perMilli);
                updatedAt = now;
            }
        }
    }
}
