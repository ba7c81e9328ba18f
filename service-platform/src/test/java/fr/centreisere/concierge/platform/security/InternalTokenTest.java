package fr.centreisere.concierge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InternalTokenTest {

    static final String SECRET = "k3v9-a-long-enough-random-secret";

    @Test
    void aServiceDoesNotStartWithoutAToken() {
        assertThatThrownBy(() -> InternalToken.of(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CONCIERGE_INTERNAL_TOKEN");
        assertThatThrownBy(() -> InternalToken.of("  ")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShortTokenIsRefused() {
        assertThatThrownBy(() -> InternalToken.of("short-secret"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("too short");
    }

    @Test
    void matchesOnlyTheSameValue() {
        InternalToken token = InternalToken.of(SECRET);
        assertThat(token.matches(SECRET)).isTrue();
        assertThat(token.matches(SECRET + "x")).isFalse();
        assertThat(token.matches(SECRET.substring(1))).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void neverShowsItsValue() {
        assertThat(InternalToken.of(SECRET).toString()).doesNotContain(SECRET);
    }
}
