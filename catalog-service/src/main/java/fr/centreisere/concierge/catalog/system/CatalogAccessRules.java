package fr.centreisere.concierge.catalog.system;

import fr.centreisere.concierge.platform.security.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the catalog's paths (docs/API.md): anyone may browse it, only coordinators change it.
 * Public so that a web slice test can {@code @Import} it.
 */
@Component
public class CatalogAccessRules implements ApiAccessRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/catalog/**").permitAll()
                .requestMatchers("/api/catalog/**").hasRole("COORDINATOR");
    }
}
