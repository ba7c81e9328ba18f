package fr.centreisere.concierge.platform.security;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.centreisere.concierge.platform.i18n.Languages;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;
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
        return ProblemDocument.of(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED,
                Message.of(invalidToken ? "security.token-invalid" : "http.401"));
    }

    static ProblemDetail forbidden() {
        return ProblemDocument.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, Message.of("http.403"));
    }

    static ProblemDetail internalCallRefused() {
        return ProblemDocument.of(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, Message.of("security.internal-call-refused"));
    }

    static ProblemDetail tokensUncheckable() {
        return ProblemDocument.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.DEPENDENCY_UNAVAILABLE,
                Message.of("security.token-uncheckable"));
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
        ProblemDocument.render(problem, Texts.platform(), Languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", URI.create(request.getRequestURI()).getPath());
        body.put(ProblemDocument.CODE, problem.getProperties() == null ? null : problem.getProperties().get(ProblemDocument.CODE));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
