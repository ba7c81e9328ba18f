package fr.centreisere.concierge.platform.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The wiring (a service registers with these credentials) is FoundationSystemTest's. */
class RegistryCredentialsCheckTest {

    static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void aServiceDoesNotStartWithoutTheRegistrysPassword() {
        assertThatThrownBy(() -> RegistryCredentialsCheck.check("http://concierge:@127.0.0.1:8761/eureka/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EUREKA_PASSWORD is not set").hasMessageContaining("http://127.0.0.1:8761/eureka/");
        assertThatThrownBy(() -> RegistryCredentialsCheck.check("http://127.0.0.1:8761/eureka/"))
                .hasMessageContaining("EUREKA_PASSWORD is not set");
        assertThatThrownBy(() -> RegistryCredentialsCheck.check(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startsWithCredentialsEurekaCanSend() {
        assertThat(RegistryCredentialsCheck.check("http://concierge:" + SECRET + "@127.0.0.1:8761/eureka/").withoutCredentials())
                .isEqualTo("http://127.0.0.1:8761/eureka/");
    }

    @Test
    void aShortPasswordOrOneThatBreaksTheUrlIsRefused() {
        assertThatThrownBy(() -> RegistryCredentialsCheck.check("http://concierge:short@127.0.0.1:8761/eureka/"))
                .hasMessageContaining("at least 24");
        assertThatThrownBy(() -> RegistryCredentialsCheck.check("http://concierge:" + SECRET + ":more@127.0.0.1:8761/eureka/"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RegistryCredentialsCheck.check("http://concierge:" + SECRET + "%@127.0.0.1:8761/eureka/"))
                .isInstanceOf(IllegalStateException.class);
    }
}
