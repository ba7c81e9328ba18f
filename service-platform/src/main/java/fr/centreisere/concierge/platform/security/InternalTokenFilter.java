package fr.centreisere.concierge.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a call to {@code /internal/**} as one of our services when it carries the internal
 * token; anything else (no header, a wrong one, or only a user's bearer token) stays anonymous and
 * is refused with 401. Not a bean: it lives only in the internal calls' filter chain.
 */
final class InternalTokenFilter extends OncePerRequestFilter {

    static final String INTERNAL_ROLE = "INTERNAL_SERVICE";

    static final Authentication INTERNAL_CALLER = new PreAuthenticatedAuthenticationToken("internal-service", "",
            List.of(new SimpleGrantedAuthority("ROLE_" + INTERNAL_ROLE)));

    private final InternalToken token;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    InternalTokenFilter(InternalToken token) {
        this.token = token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token.matches(request.getHeader(InternalToken.HEADER))) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(INTERNAL_CALLER);
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
