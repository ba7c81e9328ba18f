package fr.centreisere.concierge.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test moves by hand (offer expiry, redelivery backoff, login windows, month boundaries),
 * in the territory's zone unless told otherwise. A copy in another zone moves with it.
 */
public final class MutableClock extends Clock {

    private static final ZoneId TERRITORY_ZONE = ZoneId.of("Europe/Paris");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(start, TERRITORY_ZONE);
    }

    public MutableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return otherZone.equals(zone) ? this : new MutableClock(now, otherZone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Import it into a Spring test to replace the service's clock (starts on 1 December 2026, 08:00 UTC). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
        }
    }
}
