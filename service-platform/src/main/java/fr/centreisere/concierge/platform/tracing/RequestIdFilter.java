package fr.centreisere.concierge.platform.tracing;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's {@code X-Request-Id} (given by the gateway, or forwarded by the service that calls)
 * in the MDC while the request is served, so that every log line it causes names it; an id that is not
 * plain ({@link RequestIds#valid}) is left out.
 */
final class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RequestIds.valid(request.getHeader(RequestIds.HEADER));
        if (requestId == null) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
