package fr.centreisere.concierge.platform.problem;

import java.net.URI;

import fr.centreisere.concierge.platform.i18n.Message;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An exception that is its own problem document. Services throw it from their web layer (or map
 * their domain exceptions to it) so that every problem has a stable type, a title, a detail and a code; the title
 * is the type's ({@code problem.title.<type>}), the detail a {@link Message} whose key is the problem's {@code code},
 * both rendered in the reader's language when the answer is written.
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatus status, URI type, Message detail) {
        super(status, ProblemDocument.of(status, type, detail), null);
    }

    public ApiProblem(HttpStatus status, URI type, Message title, Message detail) {
        super(status, ProblemDocument.of(status, type, title, detail), null);
    }

    /** @deprecated a sentence in code: give a {@link Message} ({@link #ApiProblem(HttpStatus, URI, Message)}). */
    @Deprecated
    public ApiProblem(HttpStatus status, URI type, String title, String detail) {
        super(status, ProblemDocument.of(status, type, title, detail), null);
    }

    public static ApiProblem notFound(Message detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, detail);
    }

    public static ApiProblem conflict(Message detail) {
        return new ApiProblem(HttpStatus.CONFLICT, ProblemType.CONFLICT, detail);
    }

    public static ApiProblem businessRule(Message detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.BUSINESS_RULE, detail);
    }

    public static ApiProblem dependencyUnavailable(Message detail) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.DEPENDENCY_UNAVAILABLE, detail);
    }

    /** A 400 naming what is wrong in a field. */
    public static ApiProblem badRequest(String field, Message message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, ApiProblemHandler.validation(java.util.List.of(FieldError.of(field, message))));
    }

    private ApiProblem(HttpStatus status, org.springframework.http.ProblemDetail body) {
        super(status, body, null);
    }

    /** @deprecated a sentence in code: give a {@link Message} ({@link #notFound(Message)}); the title is rendered, the detail kept. */
    @Deprecated
    public static ApiProblem notFound(String detail) {
        return written(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, detail);
    }

    /** @deprecated a sentence in code: give a {@link Message} ({@link #conflict(Message)}). */
    @Deprecated
    public static ApiProblem conflict(String detail) {
        return written(HttpStatus.CONFLICT, ProblemType.CONFLICT, detail);
    }

    /** @deprecated a sentence in code: give a {@link Message} ({@link #businessRule(Message)}). */
    @Deprecated
    public static ApiProblem businessRule(String detail) {
        return written(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.BUSINESS_RULE, detail);
    }

    /** @deprecated a sentence in code: give a {@link Message} ({@link #dependencyUnavailable(Message)}). */
    @Deprecated
    public static ApiProblem dependencyUnavailable(String detail) {
        return written(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.DEPENDENCY_UNAVAILABLE, detail);
    }

    private static ApiProblem written(HttpStatus status, URI type, String detail) {
        MessageProblem problem = new MessageProblem(status, Message.of(ProblemDocument.titleCode(type)), detail);
        problem.setType(type);
        return new ApiProblem(status, problem);
    }
}
