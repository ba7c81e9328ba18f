package fr.centreisere.concierge.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistryCredentialsTest {

    static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void theRegistryDoesNotStartWithoutAPassword() {
        assertThatThrownBy(() -> new RegistryCredentials("concierge", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EUREKA_PASSWORD is not set");
        assertThatThrownBy(() -> new RegistryCredentials("concierge", null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShortPasswordOrOneAUrlWouldMangleIsRefused() {
        assertThatThrownBy(() -> new RegistryCredentials("concierge", "short-secret"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 24");
        assertThatThrownBy(() -> new RegistryCredentials("concierge", SECRET + "@evil:1/"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new RegistryCredentials("con:cierge", SECRET))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EUREKA_USERNAME");
    }

    @Test
    void neverShowsThePassword() {
        assertThat(new RegistryCredentials("concierge", SECRET).toString()).contains("concierge").doesNotContain(SECRET);
    }

    @Test
    void thePasswordIsComparedByDigest() {
        RegistrySecurity.DigestOfRandomSecret passwords = new RegistrySecurity.DigestOfRandomSecret();
        String stored = passwords.encode(SECRET);
        assertThat(stored).doesNotContain(SECRET);
        assertThat(passwords.matches(SECRET, stored)).isTrue();
        assertThat(passwords.matches(SECRET + "x", stored)).isFalse();
        assertThat(passwords.matches(SECRET, "not-hex")).isFalse();
    }
}
