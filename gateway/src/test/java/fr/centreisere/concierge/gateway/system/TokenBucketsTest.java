package fr.centreisere.concierge.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    Instant now = Instant.parse("2026-11-27T08:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aClientSpendsItsBurstThenWaitsForTheRefill() {
        TokenBuckets buckets = new TokenBuckets(clock, 2, 1.0);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(1000);
        assertThat(buckets.take("b")).isZero();
        now = now.plusMillis(500);
        assertThat(buckets.take("a")).isEqualTo(500);
        now = now.plusMillis(500);
        assertThat(buckets.take("a")).isZero();
    }
}
