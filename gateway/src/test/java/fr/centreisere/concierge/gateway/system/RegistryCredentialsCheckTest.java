package fr.centreisere.concierge.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistryCredentialsCheckTest {

    static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void theGatewayDoesNotStartWithoutTheRegistrysPassword() {
        assertThatThrownBy(() -> RegistryCredentialsCheck.check("http://concierge:@127.0.0.1:8761/eureka/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EUREKA_PASSWORD is not set").hasMessageContaining("http://127.0.0.1:8761/eureka/");
    }

    @Test
    void startsWithCredentialsEurekaCanSend() {
        assertThat(RegistryCredentialsCheck.check("http://concierge:" + SECRET + "@127.0.0.1:8761/eureka/").withoutCredentials())
                .isEqualTo("http://127.0.0.1:8761/eureka/");
        assertThatThrownBy(() -> RegistryCredentialsCheck.check("http://concierge:short@127.0.0.1:8761/eureka/"))
                .hasMessageContaining("at least 24");
    }
}
