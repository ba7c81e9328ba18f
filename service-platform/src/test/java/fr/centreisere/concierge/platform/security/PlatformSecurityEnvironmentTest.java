package fr.centreisere.concierge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformSecurityEnvironmentTest {

    @Test
    void theKeySetIsTheLocalGatewaysByDefault() {
        StandardEnvironment environment = environment(Map.of("GATEWAY_PORT", "18080"));
        assertThat(environment.getProperty("concierge.security.jwks-uri"))
                .isEqualTo("http://127.0.0.1:18080/.well-known/jwks.json");
    }

    @Test
    void theEnvironmentNamesTheKeySetAndTheInternalToken() {
        StandardEnvironment environment = environment(Map.of(
                "CONCIERGE_JWKS_URI", "http://gateway:8080/.well-known/jwks.json",
                "CONCIERGE_INTERNAL_TOKEN", "from-the-environment"));
        assertThat(environment.getProperty("concierge.security.jwks-uri")).isEqualTo("http://gateway:8080/.well-known/jwks.json");
        assertThat(environment.getProperty("concierge.security.internal-token")).isEqualTo("from-the-environment");
    }

    @Test
    void noProfileHasAnInternalTokenByDefault() {
        assertThat(environment(Map.of()).getProperty("concierge.security.internal-token")).isEmpty();

        StandardEnvironment demo = new StandardEnvironment();
        demo.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of()));
        demo.setActiveProfiles("demo");
        new PlatformSecurityEnvironment().postProcessEnvironment(demo, null);
        assertThat(demo.getProperty("concierge.security.internal-token")).isEmpty();
    }

    @Test
    void aServicesOwnSettingWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("concierge.security.internal-token", "set-by-the-service")));
        new PlatformSecurityEnvironment().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("concierge.security.internal-token")).isEqualTo("set-by-the-service");
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        new PlatformSecurityEnvironment().postProcessEnvironment(environment, null);
        return environment;
    }
}
