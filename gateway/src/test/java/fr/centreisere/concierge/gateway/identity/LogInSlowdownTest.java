package fr.centreisere.concierge.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LogInSlowdownTest {

    @Test
    void pastThreeFailuresOnAnAccountEachFailedAnswerWaitsASecondMoreUpToFive() {
        LogIn logIn = new LogIn(null, new PasswordHasher() {
            @Override
            public PasswordHash hash(String password) {
                return PasswordHash.of("-");
            }

            @Override
            public boolean matches(String password, PasswordHash hash) {
                return false;
            }
        }, null, null, 3, Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertThat(logIn.slowdown(1)).isZero();
        assertThat(logIn.slowdown(3)).isZero();
        assertThat(logIn.slowdown(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(logIn.slowdown(6)).isEqualTo(Duration.ofSeconds(3));
        assertThat(logIn.slowdown(50)).isEqualTo(Duration.ofSeconds(5));
    }
}
