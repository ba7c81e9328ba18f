package fr.centreisere.concierge.order.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class OutboxPolicyTest {

    @Test
    void doublesTheWaitAfterEachFailureUpToTheMaximum() {
        OutboxPolicy policy = new OutboxPolicy(Duration.ofSeconds(2), Duration.ofSeconds(30), 0, Duration.ofSeconds(30), 10);
        RandomGenerator random = RandomGenerator.getDefault();

        assertThat(policy.backoff(1, random)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(2, random)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoff(3, random)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(5, random)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backoff(500, random)).isEqualTo(Duration.ofSeconds(30));
    }

    @RepeatedTest(20)
    void jitterSpreadsTheWaitWithinItsBounds() {
        OutboxPolicy policy = new OutboxPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 0.2, Duration.ofSeconds(30), 10);

        assertThat(policy.backoff(1, RandomGenerator.getDefault()))
                .isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
    }

    @Test
    void theExtremesOfTheRandomDrawGiveTheBounds() {
        OutboxPolicy policy = new OutboxPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 0.2, Duration.ofSeconds(30), 10);

        assertThat(policy.backoff(1, fixed(0.0))).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(1, fixed(0.5))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void refusesAJitterThatIsNotAFraction() {
        assertThatThrownBy(() -> new OutboxPolicy(Duration.ZERO, Duration.ZERO, 1.5, Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
