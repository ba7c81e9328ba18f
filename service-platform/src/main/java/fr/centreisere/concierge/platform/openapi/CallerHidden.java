package fr.centreisere.concierge.platform.openapi;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.centreisere.concierge.platform.security.CurrentUser;
import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.method.HandlerMethod;

/**
 * The caller comes from the bearer token, never from the request: an {@code Optional<CurrentUser>}
 * argument (an operation anyone may call, which shows more to some) is no query parameter either.
 * A plain {@code CurrentUser} is ignored by springdoc itself (see {@link OpenApiAutoConfiguration}).
 */
final class CallerHidden implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<String> callers = Arrays.stream(handler.getMethodParameters())
                .filter(CallerHidden::isOptionalCaller)
                .map(MethodParameter::getParameterName)
                .collect(Collectors.toSet());
        if (!callers.isEmpty() && operation.getParameters() != null) {
            operation.getParameters().removeIf(parameter -> callers.contains(parameter.getName()));
            if (operation.getParameters().isEmpty()) {
                operation.setParameters(null);
            }
        }
        return operation;
    }

    private static boolean isOptionalCaller(MethodParameter parameter) {
        if (parameter.getParameterType() != Optional.class) {
            return false;
        }
        return ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve() == CurrentUser.class;
    }
}
