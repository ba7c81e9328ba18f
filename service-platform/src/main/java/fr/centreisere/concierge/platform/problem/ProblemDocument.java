package fr.centreisere.concierge.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one way the platform writes a problem document: status, stable type, a title and a detail in the reader's
 * language, and a stable {@code code} (the detail's bundle key, language-free) that clients may switch on.
 *
 * <p>A document made from {@link Message}s is rendered when it is written ({@link #render}): by the platform's
 * body advice for Spring MVC answers, by {@link ProblemWriter} for filters, by the Tomcat valve; the gateway renders
 * its own the same way.
 */
public final class ProblemDocument {

    /** The member holding the stable, language-free code of a problem (and of each field error). */
    public static final String CODE = "code";

    private ProblemDocument() {
    }

    /** A problem of this type whose title is the type's ({@code problem.title.<type's last segment>}). */
    public static ProblemDetail of(HttpStatusCode status, URI type, Message detail) {
        return of(status, type, Message.of(titleCode(type)), detail);
    }

    public static ProblemDetail of(HttpStatusCode status, URI type, Message title, Message detail) {
        ProblemDetail problem = new MessageProblem(status, title, detail);
        problem.setType(type);
        return problem;
    }

    /**
     * A problem with texts already written, in one language.
     *
     * @deprecated a sentence written in code: give {@link Message}s ({@link #of(HttpStatusCode, URI, Message)}).
     */
    @Deprecated
    public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** The bundle key of a problem type's title: {@code problem.title.not-found}. */
    public static String titleCode(URI type) {
        String path = type.getPath() == null ? type.toString() : type.getPath();
        return "problem.title." + path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The problem of a bare HTTP status, for errors that carry nothing else: what Tomcat refuses before
     * any Spring code runs (a malformed request line, a path it will not decode, headers too large) and
     * what ends at the error page. Its code is {@code http.<status>}.
     */
    public static ProblemDetail forStatus(int status) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        Message detail = Message.of("http." + status);
        return switch (status) {
            case 400 -> of(code, ProblemType.MALFORMED_REQUEST, detail);
            case 401 -> of(code, ProblemType.UNAUTHORIZED, detail);
            case 403 -> of(code, ProblemType.FORBIDDEN, detail);
            case 404 -> of(code, ProblemType.NOT_FOUND, detail);
            case 405 -> of(code, ProblemType.METHOD_NOT_ALLOWED, detail);
            case 406 -> of(code, ProblemType.NOT_ACCEPTABLE, detail);
            case 413 -> of(code, ProblemType.PAYLOAD_TOO_LARGE, detail);
            case 414 -> of(code, ProblemType.URI_TOO_LONG, detail);
            case 415 -> of(code, ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
            case 431 -> of(code, ProblemType.HEADERS_TOO_LARGE, detail);
            default -> status >= 500
                    ? of(code, ProblemType.INTERNAL, Message.of("http.500"))
                    : of(code, ProblemType.of("http-" + status), Message.of("problem.title.refused"),
                            Message.of("http.refused", status));
        };
    }

    /** Whether a problem is one of Spring's own (its English reason phrase as title, no code of ours). */
    static boolean isSpringDefault(ProblemDetail problem) {
        if (problem instanceof MessageProblem || problem.getProperties() != null && problem.getProperties().containsKey(CODE)) {
            return false;
        }
        org.springframework.http.HttpStatus status = org.springframework.http.HttpStatus.resolve(problem.getStatus());
        return problem.getTitle() == null || status != null && status.getReasonPhrase().equals(problem.getTitle());
    }

    /** Our texts for one of Spring's problems, keeping its type, instance and other members. */
    static ProblemDetail forSpring(ProblemDetail spring, URI type) {
        ProblemDetail ours = forStatus(spring.getStatus());
        if (!type.toString().contains("/http-") && !ProblemType.INTERNAL.equals(ours.getType())) {
            ours = of(HttpStatusCode.valueOf(spring.getStatus()), type, Message.of("http." + spring.getStatus()));
        }
        ours.setType(type);
        ours.setInstance(spring.getInstance());
        if (spring.getProperties() != null) {
            spring.getProperties().forEach(ours::setProperty);
        }
        return ours;
    }

    /**
     * Renders a problem in the reader's language, once, just before it is written: a document made of messages gets
     * its title and detail, each field error its message, and every document its {@code code} (the detail's key;
     * {@code http.<status>} for a document that has none, such as Spring's own).
     */
    public static ProblemDetail render(ProblemDetail problem, Texts texts, @Nullable Locale locale) {
        if (problem instanceof MessageProblem messages) {
            messages.renderIn(texts, locale);
            setCodeIfAbsent(problem, messages.detailText().code());
        } else {
            setCodeIfAbsent(problem, "http." + problem.getStatus());
        }
        Map<String, Object> properties = problem.getProperties();
        if (properties != null && properties.get("errors") instanceof List<?> errors) {
            problem.setProperty("errors", errors.stream()
                    .map(error -> error instanceof FieldError field ? field.renderedIn(texts, locale) : error)
                    .toList());
        }
        return problem;
    }

    /**
     * A rendered problem's members in the API's order (type, title, status, detail, instance, then the others), for
     * code that writes the JSON itself (before or outside Spring's message writers).
     */
    public static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new java.util.LinkedHashMap<>();
        members.put("type", String.valueOf(problem.getType()));
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }

    private static void setCodeIfAbsent(ProblemDetail problem, String code) {
        Map<String, Object> properties = problem.getProperties();
        if (properties == null || !properties.containsKey(CODE)) {
            problem.setProperty(CODE, code);
        }
    }
}
