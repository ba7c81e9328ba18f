package fr.centreisere.concierge.platform.security;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method its caller: a {@link CurrentUser} parameter requires one (401 without),
 * an {@code Optional<CurrentUser>} parameter is empty for an anonymous caller.
 */
final class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class || isOptionalOfCurrentUser(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
        Optional<CurrentUser> user = CurrentUsers.from(SecurityContextHolder.getContext().getAuthentication());
        if (isOptionalOfCurrentUser(parameter)) {
            return user;
        }
        return user.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in caller"));
    }

    private static boolean isOptionalOfCurrentUser(MethodParameter parameter) {
        if (parameter.getParameterType() != Optional.class) {
            return false;
        }
        Type type = parameter.getGenericParameterType();
        return type instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] == CurrentUser.class;
    }
}
