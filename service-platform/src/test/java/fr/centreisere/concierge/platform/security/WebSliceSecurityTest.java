package fr.centreisere.concierge.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a service tests its controllers: a web slice gets the platform's security (no key set is
 * fetched), Spring Security's {@code jwt()} stands in for a gateway token, and the service's
 * {@link ApiAccessRules} come in with {@code @Import}.
 */
@WebMvcTest(properties = "concierge.security.internal-token=a-test-internal-token-of-some-length")
@ContextConfiguration(classes = { WebSliceSecurityTest.OrdersController.class, WebSliceSecurityTest.OrderRules.class })
@Import(WebSliceSecurityTest.OrdersController.class)
class WebSliceSecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aTestTokensClaimsBecomeTheCurrentUser() throws Exception {
        mvc.perform(get("/api/orders/mine").with(jwt()
                        .jwt(token -> token.subject("usr-demo-resident").claim("roles", List.of("RESIDENT")))
                        .authorities(new SimpleGrantedAuthority("ROLE_RESIDENT"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value("usr-demo-resident"))
                .andExpect(jsonPath("$.resident").value(true));
    }

    @Test
    void withoutATokenTheSliceAnswers401Problem() throws Exception {
        mvc.perform(get("/api/orders/mine"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theServicesRulesApplyInTheSlice() throws Exception {
        mvc.perform(get("/api/orders/report").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_RESIDENT"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/forbidden"));
        mvc.perform(get("/api/orders/report").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"))))
                .andExpect(status().isOk());
    }

    static class OrderRules implements ApiAccessRules {
        @Override
        public void declare(org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<
                org.springframework.security.config.annotation.web.builders.HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
            rules.requestMatchers("/api/orders/report").hasRole("COORDINATOR");
        }
    }

    @RestController
    static class OrdersController {

        @GetMapping("/api/orders/mine")
        Map<String, Object> mine(CurrentUser user) {
            return Map.of("userId", user.userId(), "resident", user.isResident());
        }

        @GetMapping("/api/orders/report")
        Map<String, Object> report() {
            return Map.of("ok", true);
        }
    }
}
