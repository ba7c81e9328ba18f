package fr.centreisere.concierge.provider.system;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import fr.centreisere.concierge.platform.problem.ApiProblem;
import fr.centreisere.concierge.platform.problem.ProblemType;
import fr.centreisere.concierge.provider.member.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves the {@link Caller} of a controller method.
 *
 * <p>SEAM, until the platform's security (issue 3) lands: the caller is read from the headers
 * {@code X-User-Id}, {@code X-User-Roles} (comma-separated) and {@code X-Member-Id}. Once
 * {@code CurrentUser} exists, this resolver builds the Caller from it instead (userId, roles contain
 * COORDINATOR, memberId) and the headers are ignored. Without an identity: 401.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String userId = request.getHeader("X-User-Id");
        if (userId == null || userId.isBlank()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, ProblemType.of("unauthorized"),
                    "Authentification requise / Authentication required",
                    "Connectez-vous pour continuer. / Sign in to continue.");
        }
        String roleHeader = request.getHeader("X-User-Roles");
        Set<String> roles = roleHeader == null ? Set.of()
                : Arrays.stream(roleHeader.split(",")).map(String::trim).collect(Collectors.toSet());
        String memberId = roles.contains("MEMBER_STAFF") ? request.getHeader("X-Member-Id") : null;
        return new Caller(userId, memberId, roles.contains("COORDINATOR"));
    }
}
