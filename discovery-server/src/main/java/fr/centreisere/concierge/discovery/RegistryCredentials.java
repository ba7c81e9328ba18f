package fr.centreisere.concierge.discovery;

import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one user and password our services present to the registry (HTTP Basic), from
 * {@code EUREKA_USERNAME} and {@code EUREKA_PASSWORD}. There is no default password: the registry
 * does not start without one. Eureka clients send the credentials written in their service URL
 * ({@code http://user:password@host:port/eureka/}), so both keep to the characters a URL carries
 * as they are.
 *
 * @param username who our services are, {@code concierge} unless set
 * @param password a secret of at least {@value #MINIMUM_PASSWORD_LENGTH} such characters
 */
@ConfigurationProperties("concierge.registry")
public record RegistryCredentials(String username, String password) {

    static final int MINIMUM_PASSWORD_LENGTH = 24;

    /** What RFC 3986 calls unreserved: nothing in it needs escaping in a URL's user information. */
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");

    public RegistryCredentials {
        if (username == null || !URL_SAFE.matcher(username).matches()) {
            throw new IllegalStateException("EUREKA_USERNAME must be letters, digits, '.', '_', '~' or '-'");
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("EUREKA_PASSWORD is not set: the registry accepts only callers that "
                    + "present it (generate one with 'openssl rand -hex 32'; the launcher keeps one under data/keys/)");
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH || !URL_SAFE.matcher(password).matches()) {
            throw new IllegalStateException("EUREKA_PASSWORD must be at least " + MINIMUM_PASSWORD_LENGTH
                    + " letters, digits, '.', '_', '~' or '-' (it travels in the registry's URL)");
        }
    }

    @Override
    public String toString() {
        return "RegistryCredentials[username=" + username + ", password=****]";
    }
}
