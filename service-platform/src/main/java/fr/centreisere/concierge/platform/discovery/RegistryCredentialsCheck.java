package fr.centreisere.concierge.platform.discovery;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The registry (discovery-server) answers only callers that present its credentials, with HTTP
 * Basic. Spring Cloud Netflix presents the ones written in the registry's URL
 * ({@code http://user:password@host:port/eureka/}), which each service's application.yml builds from
 * {@code EUREKA_USERNAME} and {@code EUREKA_PASSWORD}. Without a password a service would run
 * unregistered, and nobody could reach it: it refuses to start instead, saying what to set. Off
 * when the Eureka client is ({@code eureka.client.enabled=false}, as in tests) or absent.
 */
@AutoConfiguration
@ConditionalOnClass(name = "com.netflix.discovery.EurekaClient")
@ConditionalOnProperty(name = "eureka.client.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(name = "spring.cloud.discovery.enabled", havingValue = "true", matchIfMissing = true)
public class RegistryCredentialsCheck {

    static final int MINIMUM_PASSWORD_LENGTH = 24;

    /** RFC 3986's unreserved characters: what a URL's user information carries without escaping. */
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");

    /** The registry's URL as configured, checked; the bean only stands for "checked at start". */
    public record RegistryUrl(String withoutCredentials) {
    }

    @Bean
    RegistryUrl registryUrl(Environment environment) {
        Map<String, String> serviceUrls = Binder.get(environment)
                .bind("eureka.client.service-url", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        return check(serviceUrls.get("defaultZone"));
    }

    /**
     * @throws IllegalStateException when the URL carries no user and password Eureka can send
     */
    static RegistryUrl check(@Nullable String serviceUrl) {
        if (serviceUrl == null || serviceUrl.isBlank()) {
            throw new IllegalStateException("No registry URL (eureka.client.service-url.defaultZone)");
        }
        // several registries are comma-separated; Eureka sends the first credentials it finds
        URI first;
        try {
            first = URI.create(serviceUrl.split(",")[0].trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The registry URL (eureka.client.service-url.defaultZone) is not a URL: "
                    + "EUREKA_USERNAME and EUREKA_PASSWORD must be letters, digits, '.', '_', '~' or '-'");
        }
        String userInfo = first.getRawUserInfo();
        String[] credentials = userInfo == null ? new String[0] : userInfo.split(":", -1);
        if (credentials.length != 2 || credentials[1].isEmpty()) {
            throw new IllegalStateException("EUREKA_PASSWORD is not set: the registry at " + withoutUserInfo(first)
                    + " refuses services that do not present its credentials (EUREKA_USERNAME, EUREKA_PASSWORD; "
                    + "the launcher generates them once under data/keys/)");
        }
        if (!URL_SAFE.matcher(credentials[0]).matches() || !URL_SAFE.matcher(credentials[1]).matches()
                || credentials[1].length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("EUREKA_USERNAME and EUREKA_PASSWORD must be letters, digits, '.', '_', '~' "
                    + "or '-' (they travel in the registry's URL), the password at least " + MINIMUM_PASSWORD_LENGTH
                    + " of them");
        }
        return new RegistryUrl(withoutUserInfo(first));
    }

    private static String withoutUserInfo(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()) + url.getRawPath();
    }
}
