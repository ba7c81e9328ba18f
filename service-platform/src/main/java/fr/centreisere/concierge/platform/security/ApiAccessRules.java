package fr.centreisere.concierge.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own access rules for its paths, declared as a bean in its {@code system} package:
 * which paths anyone may read, which need a role. The platform applies its own rules first
 * (health and API description public, {@code /internal/**} only with the internal token) and, after
 * every service rule, requires a signed-in caller for anything else. Ownership (a resident's own
 * order, a member's own job) is not a path rule: the use cases check it with {@link CurrentUser}.
 *
 * <pre>{@code
 * @Component
 * public class CatalogAccessRules implements ApiAccessRules {
 *     public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
 *         rules.requestMatchers(HttpMethod.GET, "/api/catalog/**").permitAll()
 *              .requestMatchers("/api/catalog/**").hasRole("COORDINATOR");
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ApiAccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
