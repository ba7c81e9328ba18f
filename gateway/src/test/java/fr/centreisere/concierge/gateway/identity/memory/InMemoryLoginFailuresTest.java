package fr.centreisere.concierge.gateway.identity.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class InMemoryLoginFailuresTest {

    Instant now = Instant.parse("2026-11-27T08:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    final InMemoryLoginFailures failures = new InMemoryLoginFailures(clock, 3, 5, Duration.ofMinutes(15));

    @Test
    void anAccountWaitsAfterTooManyFailuresUntilItsWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(failures.blockedFor("jean@exemple.fr", "10.0.0." + i)).isEmpty();
            failures.recordFailure("jean@exemple.fr", "10.0.0." + i);
        }
        now = now.plusSeconds(60);
        assertThat(failures.blockedFor("jean@exemple.fr", "10.0.0.99")).contains(Duration.ofMinutes(14));
        assertThat(failures.blockedFor("paul@exemple.fr", "10.0.0.99")).isEmpty();
        now = now.plus(Duration.ofMinutes(14));
        assertThat(failures.blockedFor("jean@exemple.fr", "10.0.0.99")).isEmpty();
    }

    @Test
    void anAddressWaitsAfterTooManyFailuresOnAnyAccounts() {
        for (int i = 0; i < 5; i++) {
            failures.recordFailure("user" + i + "@exemple.fr", "10.0.0.1");
        }
        assertThat(failures.blockedFor("new@exemple.fr", "10.0.0.1")).isPresent();
        assertThat(failures.blockedFor("new@exemple.fr", "10.0.0.2")).isEmpty();
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() {
        failures.recordFailure("jean@exemple.fr", "10.0.0.1");
        failures.recordFailure("jean@exemple.fr", "10.0.0.1");
        failures.forget("jean@exemple.fr");
        failures.recordFailure("jean@exemple.fr", "10.0.0.1");
        failures.recordFailure("jean@exemple.fr", "10.0.0.1");
        assertThat(failures.blockedFor("jean@exemple.fr", "10.0.0.2")).isEmpty();
    }
}
