package fr.centreisere.concierge.gateway.system;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import fr.centreisere.concierge.platform.openapi.PublicOperations;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what at the edge, and the edge's protection. The gateway checks every bearer token
 * it sees (its own signature, issuer, expiry) and relays the {@code Authorization} header unchanged
 * to the services, which check it again and decide ownership. Public: registering, logging in, asking
 * for a reset link and using it, following a verification link, the
 * key set, browsing the catalog and the members directory, the web UI. Everything else under
 * {@code /api/**} needs a valid token. Sessions, CSRF and CORS are off: bearer tokens only, and
 * the web UI is served from the same origin.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({ EdgeLimits.class, EdgeProxies.class })
class GatewaySecurityConfiguration {

    /** A same-origin UI without inline scripts or styles. */
    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

    /** What anyone may post: registering, logging in, asking for a reset link and using it, a verification link. */
    static final String[] PUBLIC_POSTS = { "/api/auth/register", "/api/auth/login", "/api/auth/password-reset",
        "/api/auth/password-reset/confirm", "/api/auth/email-verification/confirm" };

    /** What anyone may read under {@code /api/**}: the catalog, the members directory, the days with room. */
    static final String[] PUBLIC_GETS = { "/api/catalog/**", "/api/members", "/api/members/**", "/api/availability" };

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                // written by SecurityHeadersFilter on every answer, those refused before this chain included
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .authorizeExchange(rules -> rules
                        .pathMatchers(HttpMethod.POST, PUBLIC_POSTS).permitAll()
                        .pathMatchers("/api/auth/accounts", "/api/auth/accounts/**").hasRole("COORDINATOR")
                        .pathMatchers(HttpMethod.GET, PUBLIC_GETS).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        // the web UI, the key set, API descriptions, probes; /internal/** is never routed
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint((exchange, failure) -> ProblemResponses.unauthorized(exchange,
                                failure instanceof InvalidBearerTokenException || failure instanceof OAuth2AuthenticationException))
                        .accessDeniedHandler((exchange, denied) -> ProblemResponses.forbidden(exchange)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((exchange, failure) -> ProblemResponses.unauthorized(exchange, false))
                        .accessDeniedHandler((exchange, denied) -> ProblemResponses.forbidden(exchange)))
                .build();
    }

    /** The gateway's own operations in its OpenAPI description: public as the rules above say. */
    @Bean
    PublicOperations publicOperations() {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        List<PathPattern> posts = Arrays.stream(PUBLIC_POSTS).map(parser::parse).toList();
        List<PathPattern> gets = Arrays.stream(PUBLIC_GETS).map(parser::parse).toList();
        return (method, template) -> {
            PathContainer path = PathContainer.parsePath(template.replaceAll("\\{[^}/]+}", "x"));
            List<PathPattern> open = method.equals("POST") ? posts : method.equals("GET") ? gets : List.of();
            return open.stream().anyMatch(pattern -> pattern.matches(path)) || !template.startsWith("/api/");
        };
    }

    static ReactiveJwtAuthenticationConverterAdapter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    @Bean
    TrustedProxyFilter trustedProxyFilter(EdgeProxies proxies) {
        return new TrustedProxyFilter(proxies.trustedProxies());
    }

    @Bean
    SecurityHeadersFilter securityHeadersFilter() {
        return new SecurityHeadersFilter();
    }

    /** The firewall's refusals ({@code //}, {@code %00}, {@code ;} in a path...) as problems, not empty 400s. */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedAsProblem() {
        return (exchange, rejected) -> ProblemResponses.rejected(exchange);
    }

    /** What Netty refuses itself (414, 431, a request line it cannot parse) as problems. */
    @Bean
    NettyServerCustomizer nettyRefusalsAsProblems() {
        return NettyRefusals.customizer();
    }

    @Bean
    ApiRateLimitFilter apiRateLimitFilter(EdgeLimits limits, Clock clock) {
        return new ApiRateLimitFilter(new TokenBuckets(clock, limits.requestsBurst(), limits.requestsPerSecond()));
    }

    @Bean
    RequestBodyLimitFilter requestBodyLimitFilter(EdgeLimits limits) {
        return new RequestBodyLimitFilter(limits.maxRequestBody().toBytes());
    }
}
