package fr.centreisere.concierge.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The security settings' defaults, in one place for every service, with the lowest precedence (a
 * service's application.yml or a test may still set {@code concierge.security.*}):
 * <ul>
 * <li>{@code concierge.security.jwks-uri} from {@code CONCIERGE_JWKS_URI}, else the gateway on
 * this machine ({@code GATEWAY_PORT});</li>
 * <li>{@code concierge.security.internal-token} from {@code CONCIERGE_INTERNAL_TOKEN}, with no
 * default in any profile: {@link InternalToken} refuses to start without it.</li>
 * </ul>
 */
public class PlatformSecurityEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("concierge.security.jwks-uri",
                "${CONCIERGE_JWKS_URI:http://127.0.0.1:${GATEWAY_PORT:8080}/.well-known/jwks.json}");
        defaults.put("concierge.security.internal-token", "${CONCIERGE_INTERNAL_TOKEN:}");
        environment.getPropertySources().addLast(new MapPropertySource("conciergePlatformSecurityDefaults", defaults));
    }
}
