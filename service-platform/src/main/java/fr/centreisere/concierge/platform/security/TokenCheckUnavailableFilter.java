package fr.centreisere.concierge.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When a token cannot be checked at all (the gateway's key set is out of reach and not cached),
 * the caller gets a 503 problem, not a 500 nor a misleading 401.
 */
final class TokenCheckUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TokenCheckUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (AuthenticationServiceException exception) {
            if (response.isCommitted()) {
                throw exception;
            }
            log.warn("Cannot check an access token: {}", exception.getMessage());
            SecurityProblems.write(request, response, SecurityProblems.tokensUncheckable());
        }
    }
}
