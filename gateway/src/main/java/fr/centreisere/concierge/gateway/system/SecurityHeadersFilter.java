package fr.centreisere.concierge.gateway.system;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Puts {@link SecurityHeaders} on every answer that goes through Spring, whoever writes it and
 * however early: it runs first of all (right after {@link TrustedProxyFilter}), before the
 * security firewall, the body limit and the internal-path wall, which may answer at once.
 */
final class SecurityHeadersFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean overHttps = "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())
                || exchange.getRequest().getSslInfo() != null;
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            SecurityHeaders.addMissing(headers::containsHeader, headers::add, overHttps);
        }));
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
