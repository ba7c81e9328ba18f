package fr.centreisere.concierge.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** One shape of settings under whatever prefix a service keeps (so its environment variables keep working). */
class OutboxSettingsTest {

    @Test
    void theSettingsAreReadUnderTheServicesPrefixWithTheDefaultsWhereUnset() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("concierge.orders.outbox.enabled", "false")
                .withProperty("concierge.orders.outbox.first-retry", "10s")
                .withProperty("concierge.orders.outbox.jitter", "0")
                .withProperty("concierge.orders.outbox.batch-size", "7");

        OutboxSettings settings = OutboxSettings.bind(environment, "concierge.orders.outbox");

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.firstRetry()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.jitter()).isZero();
        assertThat(settings.batchSize()).isEqualTo(7);
        assertThat(settings.maxRetry()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.lease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.attentionAfter()).isEqualTo(3);
    }

    @Test
    void nothingSetGivesTheDefaults() {
        assertThat(OutboxSettings.bind(new MockEnvironment(), "provider.outbox")).isEqualTo(OutboxSettings.defaults());
    }
}
