package fr.centreisere.concierge.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server of the gateway's tokens, the same way, configured here
 * once:
 * <ul>
 * <li>{@code /internal/**}: only our services, with {@code X-Internal-Token}; a user's token is not
 * enough there;</li>
 * <li>everything else: the service's {@link ApiAccessRules}, after the platform's public paths
 * (health, API description) and what the management port serves; a signed-in caller for anything not
 * declared;</li>
 * <li>tokens: RS256 signatures against the gateway's JWK set, issuer and expiry checked, claim
 * {@code roles} as {@code ROLE_*} authorities; no session, no CSRF (bearer tokens only);</li>
 * <li>refusals as problem documents; {@code @PreAuthorize} enabled; a {@link CurrentUser} argument
 * for controllers; the internal token added to Feign calls to {@code /internal/**}.</li>
 * </ul>
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PlatformSecurityProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
@Import(SecurityProblemAdvice.class)
public class PlatformSecurityAutoConfiguration {

    /** Paths every service serves to anyone: probes, the API description, the error page. */
    static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/error" };

    @Bean
    InternalToken internalToken(PlatformSecurityProperties properties) {
        return InternalToken.of(properties.internalToken());
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(PlatformSecurityProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(3));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(new RestTemplate(requests))
                .build();
        decoder.setJwtValidator(VerifiedTokens.signatureOnly());
        return new CheckedOnceJwtDecoder(decoder, new VerifiedTokens(tokenValidator(properties.issuer())));
    }

    /** Issuer and time window (the default 60 s of clock skew), and an expiry and a subject required. */
    static DelegatingOAuth2TokenValidator<org.springframework.security.oauth2.jwt.Jwt> tokenValidator(String issuer) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank())));
    }

    static JwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(CurrentUsers.ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    @Bean
    @Order(1)
    SecurityFilterChain internalCallsSecurity(HttpSecurity http, InternalToken token) throws Exception {
        SecurityProblems problems = new SecurityProblems();
        return http.securityMatcher("/internal/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(new InternalTokenFilter(token), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> rules.anyRequest().hasRole(InternalTokenFilter.INTERNAL_ROLE))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, exception) ->
                                SecurityProblems.write(request, response, SecurityProblems.internalCallRefused()))
                        .accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<ApiAccessRules> serviceRules, Environment environment)
            throws Exception {
        SecurityProblems problems = new SecurityProblems();
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new TokenCheckUnavailableFilter(), BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers(PUBLIC_PATHS).permitAll();
                    // the management port serves only what it exposes (health, info, prometheus), to the loopback
                    // address or the compose network: Prometheus scrapes it without a token
                    rules.requestMatchers(new ManagementPortRequests(environment)).permitAll();
                    serviceRules.orderedStream().forEach(service -> service.declare(rules));
                    rules.anyRequest().authenticated();
                })
                .build();
    }

    @Bean
    WebMvcConfigurer currentUserArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "feign.RequestInterceptor")
    static class FeignInternalToken {

        @Bean
        InternalTokenFeignInterceptor internalTokenFeignInterceptor(InternalToken token) {
            return new InternalTokenFeignInterceptor(token);
        }
    }
}
