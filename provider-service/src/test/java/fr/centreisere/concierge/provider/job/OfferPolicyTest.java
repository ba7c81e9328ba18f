package fr.centreisere.concierge.provider.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class OfferPolicyTest {

    private final OfferPolicy policy = new OfferPolicy(Duration.ofHours(2), Duration.ofMinutes(20), Duration.ofHours(24));
    private final Slot slot = new Slot(LocalDate.of(2026, 12, 10), LocalTime.of(14, 0), LocalTime.of(16, 0));

    @Test
    void aDistantSlotGivesTheNormalDelay() {
        Instant now = Instant.parse("2026-12-05T09:00:00Z");
        assertThat(policy.expiresAt(now, slot)).isEqualTo(now.plus(Duration.ofHours(2)));
    }

    @Test
    void aNearSlotGivesTheShortDelay() {
        Instant now = Instant.parse("2026-12-10T08:00:00Z"); // 6 hours before 14:00 Paris
        assertThat(policy.expiresAt(now, slot)).isEqualTo(now.plus(Duration.ofMinutes(20)));
    }
}
