package fr.centreisere.concierge.gateway.routing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Keeps the calls between services out of reach: {@code /internal/**} is never routed, and neither
 * is a path that could turn into it once a service normalizes it ({@code ..}, encoded slashes or
 * dots, matrix parameters). Such requests get a 404 problem, like any path we do not serve.
 */
@Component
class InternalPathFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String rawPath = exchange.getRequest().getURI().getRawPath();
        if (reachesInternal(rawPath)) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such resource"));
        }
        return chain.filter(exchange);
    }

    static boolean reachesInternal(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        String decoded;
        String decodedTwice;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            decodedTwice = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException undecodable) {
            return true; // "%25s" decoded once is "%s", which is no escape: a path meant to be read twice
        }
        return decoded.equals("/internal")
                || decoded.startsWith("/internal/")
                || decoded.contains("/../") || decoded.endsWith("/..")
                || decoded.contains(";")
                || decoded.contains("\\")
                || !decoded.equals(decodedTwice);
    }

    @Override
    public int getOrder() {
        // before the gateway's handler mapping and the static resources
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
