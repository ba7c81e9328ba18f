package fr.centreisere.concierge.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.centreisere.concierge.testsupport.MutableClock;

class TokenBucketsTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));

    @Test
    void aClientSpendsItsBurstThenWaitsForTheRefill() {
        TokenBuckets buckets = new TokenBuckets(clock, 2, 1.0);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(1000);
        assertThat(buckets.take("b")).isZero();
        clock.advance(Duration.ofMillis(500));
        assertThat(buckets.take("a")).isEqualTo(500);
        clock.advance(Duration.ofMillis(500));
        assertThat(buckets.take("a")).isZero();
    }
}
