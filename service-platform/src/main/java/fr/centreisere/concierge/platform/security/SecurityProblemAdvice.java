package fr.centreisere.concierge.platform.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals raised inside a controller call ({@code @PreAuthorize}, a {@link CurrentUser} argument
 * without a signed-in caller) become the same problems as the filters' refusals, before the
 * platform's catch-all could turn them into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblemAdvice {

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException exception) {
        boolean invalidToken = SecurityProblems.isInvalidToken(exception);
        return ResponseEntity.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, SecurityProblems.challenge(invalidToken))
                .body(SecurityProblems.unauthenticated(invalidToken));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException exception) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            return ResponseEntity.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, SecurityProblems.challenge(false))
                    .body(SecurityProblems.unauthenticated(false));
        }
        return ResponseEntity.status(403).body(SecurityProblems.forbidden());
    }
}
