package fr.centreisere.concierge.order.system;

import fr.centreisere.concierge.platform.security.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call order-service's paths (docs/API.md): every path needs a signed-in caller (the platform's
 * default); creating a company and reassigning an order are for coordinators. Whose order, whose
 * company: ownership checks in the use cases (another's order is a 404, not a 403).
 * Public so that a web slice test can {@code @Import} it.
 */
@Component
public class OrderAccessRules implements ApiAccessRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/companies").hasRole("COORDINATOR")
                .requestMatchers(HttpMethod.PUT, "/api/companies/*").hasRole("COORDINATOR")
                .requestMatchers(HttpMethod.POST, "/api/orders/*/reassign").hasRole("COORDINATOR")
                .requestMatchers(HttpMethod.GET, "/api/reports/**").hasRole("COORDINATOR")
                // every invoice, closings, credit notes (a company's or member's own: /api/companies|members/*/invoices)
                .requestMatchers("/api/invoices", "/api/invoices/**").hasRole("COORDINATOR");
    }
}
