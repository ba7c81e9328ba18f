package fr.centreisere.concierge.gateway.system;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The registry answers only callers that present its credentials (HTTP Basic); Spring Cloud Netflix
 * presents the ones written in its URL, which application.yml builds from {@code EUREKA_USERNAME}
 * and {@code EUREKA_PASSWORD}. Without a password the gateway would find no service: it refuses to
 * start instead, saying what to set. The same rule as service-platform's check for the services
 * (the gateway, reactive, does not use that module). Off when the Eureka client is, as in tests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "eureka.client.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(name = "spring.cloud.discovery.enabled", havingValue = "true", matchIfMissing = true)
class RegistryCredentialsCheck {

    static final int MINIMUM_PASSWORD_LENGTH = 24;

    /** RFC 3986's unreserved characters: what a URL's user information carries without escaping. */
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");

    /** The registry's URL, checked at start. */
    record RegistryUrl(String withoutCredentials) {
    }

    @Bean
    RegistryUrl registryUrl(Environment environment) {
        Map<String, String> serviceUrls = Binder.get(environment)
                .bind("eureka.client.service-url", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        return check(serviceUrls.get("defaultZone"));
    }

    static RegistryUrl check(String serviceUrl) {
        if (serviceUrl == null || serviceUrl.isBlank()) {
            throw new IllegalStateException("No registry URL (eureka.client.service-url.defaultZone)");
        }
        URI first;
        try {
            first = URI.create(serviceUrl.split(",")[0].trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The registry URL (eureka.client.service-url.defaultZone) is not a URL: "
                    + "EUREKA_USERNAME and EUREKA_PASSWORD must be letters, digits, '.', '_', '~' or '-'");
        }
        String location = first.getScheme() + "://" + first.getHost() + (first.getPort() < 0 ? "" : ":" + first.getPort())
                + first.getRawPath();
        String userInfo = first.getRawUserInfo();
        String[] credentials = userInfo == null ? new String[0] : userInfo.split(":", -1);
        if (credentials.length != 2 || credentials[1].isEmpty()) {
            throw new IllegalStateException("EUREKA_PASSWORD is not set: the registry at " + location
                    + " refuses callers that do not present its credentials (EUREKA_USERNAME, EUREKA_PASSWORD; "
                    + "the launcher generates them once under data/keys/)");
        }
        if (!URL_SAFE.matcher(credentials[0]).matches() || !URL_SAFE.matcher(credentials[1]).matches()
                || credentials[1].length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("EUREKA_USERNAME and EUREKA_PASSWORD must be letters, digits, '.', '_', '~' "
                    + "or '-' (they travel in the registry's URL), the password at least " + MINIMUM_PASSWORD_LENGTH
                    + " of them");
        }
        return new RegistryUrl(location);
    }
}
