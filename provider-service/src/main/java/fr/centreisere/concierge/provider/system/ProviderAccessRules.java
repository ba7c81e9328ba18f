package fr.centreisere.concierge.provider.system;

import fr.centreisere.concierge.platform.security.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call provider-service's paths (docs/API.md): the members directory is public; coordinators
 * manage members; member staff and coordinators reach jobs. Which member's capabilities or jobs a
 * member staff may touch is an ownership check in the use cases ({@code CurrentUser.isStaffOf}).
 * Public so that a web slice test can {@code @Import} it.
 */
@Component
public class ProviderAccessRules implements ApiAccessRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/members/*/statements/*").hasAnyRole("MEMBER_STAFF", "COORDINATOR")
                .requestMatchers(HttpMethod.GET, "/api/members", "/api/members/**", "/api/availability").permitAll()
                .requestMatchers("/api/rotation/**").hasAnyRole("MEMBER_STAFF", "COORDINATOR")
                .requestMatchers(HttpMethod.PUT, "/api/members/*/capabilities", "/api/members/*/capabilities/*").hasAnyRole("COORDINATOR", "MEMBER_STAFF")
                .requestMatchers(HttpMethod.DELETE, "/api/members/*/capabilities/*").hasAnyRole("COORDINATOR", "MEMBER_STAFF")
                .requestMatchers(HttpMethod.POST, "/api/members/*/calendar/renew").hasAnyRole("COORDINATOR", "MEMBER_STAFF")
                .requestMatchers("/api/members", "/api/members/**").hasRole("COORDINATOR")
                .requestMatchers("/api/jobs", "/api/jobs/**").hasAnyRole("MEMBER_STAFF", "COORDINATOR")
                .requestMatchers("/api/impact", "/api/impact/**").hasRole("COORDINATOR")
                .requestMatchers("/api/reports/**").hasRole("COORDINATOR");
    }
}
