package fr.centreisere.concierge.platform.security;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.centreisere.concierge.platform.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import fr.centreisere.concierge.platform.problem.ProblemDocument;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem documents of refused calls, the same whether the refusal comes from a security filter
 * (this class writes them) or from a controller (see {@link SecurityProblemAdvice}): 401 with a
 * {@code WWW-Authenticate: Bearer} challenge, 403, and 503 when tokens cannot be checked.
 * Details never say why a token failed (expired, wrong key, tampered): a client just signs in again.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ProblemDetail unauthenticated(boolean invalidToken) {
        ProblemDetail problem = ProblemDocument.of(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED,
                "Authentification requise / Authentication required", invalidToken
                        ? "Le jeton d'accès est invalide ou expiré ; reconnectez-vous. / The access token is invalid or has expired; sign in again."
                        : "Connectez-vous pour accéder à cette ressource. / Sign in to access this resource.");
        return problem;
    }

    static ProblemDetail forbidden() {
        ProblemDetail problem = ProblemDocument.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "Accès refusé / Access denied",
                "Votre compte ne permet pas cette action. / Your account may not do this.");
        return problem;
    }

    static ProblemDetail internalCallRefused() {
        ProblemDetail problem = ProblemDocument.of(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, "Authentification requise / Authentication required",
                "Appel interne refusé : jeton de service absent ou invalide. / Internal call refused: missing or invalid service token.");
        return problem;
    }

    static ProblemDetail tokensUncheckable() {
        ProblemDetail problem = ProblemDocument.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.DEPENDENCY_UNAVAILABLE,
                "Service momentanément indisponible / Service temporarily unavailable",
                "Impossible de vérifier le jeton d'accès pour le moment ; réessayez dans un instant. / The access token cannot be checked right now; try again shortly.");
        return problem;
    }

    /** The {@code WWW-Authenticate} challenge of a 401 (RFC 6750). */
    static String challenge(boolean invalidToken) {
        return invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer";
    }

    static boolean isInvalidToken(AuthenticationException exception) {
        return exception instanceof InvalidBearerTokenException || exception instanceof OAuth2AuthenticationException;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean invalidToken = isInvalidToken(exception);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(invalidToken));
        write(request, response, unauthenticated(invalidToken));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(request, response, forbidden());
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", URI.create(request.getRequestURI()).getPath());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
