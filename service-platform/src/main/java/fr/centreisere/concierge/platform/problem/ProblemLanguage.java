package fr.centreisere.concierge.platform.problem;

import fr.centreisere.concierge.platform.i18n.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem document Spring MVC writes — the platform's, a service's advice's, an {@link ApiProblem} — rendered
 * in the request's language just before it is written, with its {@code code} (see {@link ProblemDocument#render}).
 */
@RestControllerAdvice
public class ProblemLanguage implements ResponseBodyAdvice<Object> {

    private final Texts texts;

    public ProblemLanguage(Texts texts) {
        this.texts = texts;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            return ProblemDocument.render(problem, texts, LocaleContextHolder.getLocale());
        }
        return body;
    }
}
