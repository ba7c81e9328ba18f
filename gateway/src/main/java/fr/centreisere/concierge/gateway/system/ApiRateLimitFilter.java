package fr.centreisere.concierge.gateway.system;

import java.net.InetSocketAddress;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits each client's rate on the public API ({@code /api/**}): a signed-in client by its user id,
 * anyone else by address. Past the limit: 429 problem with {@code Retry-After}. Runs right after
 * the security filters, which tell who the client is.
 */
final class ApiRateLimitFilter implements WebFilter, Ordered {

    private final TokenBuckets buckets;

    ApiRateLimitFilter(TokenBuckets buckets) {
        this.buckets = buckets;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(principal -> "user:" + principal.getName())
                .defaultIfEmpty("address:" + address(exchange))
                .flatMap(client -> {
                    long waitMillis = buckets.take(client);
                    if (waitMillis == 0) {
                        return chain.filter(exchange);
                    }
                    return ProblemResponses.tooManyRequests(exchange, Math.max(1, (waitMillis + 999) / 1000));
                });
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    @Override
    public int getOrder() {
        // Spring Security's WebFilterChainProxy is at -100
        return -99;
    }
}
