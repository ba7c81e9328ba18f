package fr.centreisere.concierge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InternalTokenTest {

    static final String SECRET = "k3v9-a-long-enough-random-secret";

    @Test
    void aServiceOutsideTheDemoDoesNotStartWithoutAToken() {
        assertThatThrownBy(() -> InternalToken.of(null, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CONCIERGE_INTERNAL_TOKEN");
        assertThatThrownBy(() -> InternalToken.of("  ", false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDemoValueIsRefusedOutsideTheDemo() {
        assertThatThrownBy(() -> InternalToken.of(InternalToken.DEMO_VALUE, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo");
        assertThat(InternalToken.of(InternalToken.DEMO_VALUE, true).matches(InternalToken.DEMO_VALUE)).isTrue();
    }

    @Test
    void aShortTokenIsRefusedOutsideTheDemo() {
        assertThatThrownBy(() -> InternalToken.of("short-secret", false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("too short");
    }

    @Test
    void matchesOnlyTheSameValue() {
        InternalToken token = InternalToken.of(SECRET, false);
        assertThat(token.matches(SECRET)).isTrue();
        assertThat(token.matches(SECRET + "x")).isFalse();
        assertThat(token.matches(SECRET.substring(1))).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void neverShowsItsValue() {
        assertThat(InternalToken.of(SECRET, false).toString()).doesNotContain(SECRET);
    }
}
