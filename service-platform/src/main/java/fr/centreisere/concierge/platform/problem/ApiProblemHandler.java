package fr.centreisere.concierge.platform.problem;

import java.net.URI;
import java.time.DateTimeException;
import java.util.Comparator;
import java.util.List;

import fr.centreisere.concierge.platform.i18n.Message;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into an RFC 9457 problem document of the API's shape. Validation errors list
 * each field in {@code errors}; a client's mistake is never answered with a 500; an unexpected
 * failure is logged with its stack trace and answered without it.
 *
 * <p>A service maps its own domain exceptions by throwing {@link ErrorResponse}s (see
 * {@link ApiProblem}) or with an advice of its own, ordered before this one.
 */
@RestControllerAdvice
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> ValidationCodes.fieldError(error.getField(), error))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        List<FieldError> globalErrors = ex.getBindingResult().getGlobalErrors().stream()
                .map(error -> ValidationCodes.fieldError(error.getObjectName(), error))
                .toList();
        return validationProblem(headers, concat(errors, globalErrors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new java.util.ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            // a body's fields are named from its root ([0].serviceId), a parameter by its name (size, memberId)
            String base = result.getMethodParameter().hasParameterAnnotation(RequestBody.class) ? "" : parameterName(result);
            String place = base + container(result);
            if (result instanceof ParameterErrors bean) {
                bean.getFieldErrors().forEach(error -> errors.add(
                        ValidationCodes.fieldError(place.isEmpty() ? error.getField() : place + "." + error.getField(), error)));
                bean.getGlobalErrors().forEach(error -> errors.add(
                        ValidationCodes.fieldError(place.isEmpty() ? "body" : place, error)));
            } else {
                result.getResolvableErrors().forEach(error -> errors.add(
                        ValidationCodes.fieldError(place.isEmpty() ? "body" : place, error, violation(result, error))));
            }
        }
        return validationProblem(headers, errors);
    }

    private static jakarta.validation.@org.jspecify.annotations.Nullable ConstraintViolation<?> violation(
            ParameterValidationResult result, org.springframework.context.MessageSourceResolvable error) {
        try {
            return result.unwrap(error, jakarta.validation.ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    private static String container(ParameterValidationResult result) {
        if (result.getContainerIndex() != null) {
            return "[" + result.getContainerIndex() + "]";
        }
        return result.getContainerKey() != null ? "[" + result.getContainerKey() + "]" : "";
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError wrongField = JsonFieldErrors.of(ex);
        if (wrongField != null) {
            return validationProblem(headers, List.of(wrongField));
        }
        ProblemDetail problem = ProblemDocument.of(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_REQUEST,
                Message.of("request.malformed-body"));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDocument.forStatus(HttpStatus.NOT_FOUND.value());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail spring && ProblemDocument.isSpringDefault(spring)) {
            // Spring's own exceptions: English texts of their own; ours instead, in the reader's language
            body = ProblemDocument.forSpring(spring, isDefaultType(spring.getType()) ? typeFor(statusCode) : spring.getType());
        }
        if (body instanceof ProblemDetail problem) {
            if (isDefaultType(problem.getType())) {
                problem.setType(typeFor(statusCode));
            }
            // a problem whatever the request accepts: an Accept it cannot satisfy must not leave it without a body
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.putAll(headers);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return super.createResponseEntity(body, problemHeaders, statusCode, request);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        ProblemDetail problem = validation(List.of(FieldError.of(ex.getName(), "request.invalid-value", ex.getValue())));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A method validated by a {@code @Validated} controller: the parameter named by the last node of its path. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(violation -> FieldError.rendered(lastNode(violation.getPropertyPath()), violation.getMessage(),
                        ValidationCodes.of(violation)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(validation(errors));
    }

    /** A date or time out of what java.time can count ({@code +999999999-12-31} plus a day): the client's date. */
    @ExceptionHandler(DateTimeException.class)
    ResponseEntity<ProblemDetail> dateOutOfRange(DateTimeException ex) {
        log.debug("A date out of range: {}", ex.getMessage());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemDocument.of(
                HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, Message.of("request.date-out-of-range")));
    }

    private static String lastNode(jakarta.validation.Path path) {
        String name = "parameter";
        for (jakarta.validation.Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    /** The security firewall's refusal of a header, a parameter or a path, when read inside a controller call. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDocument.forStatus(400));
    }

    /** Tomcat could not decode a parameter it had not been asked for before (see {@link MalformedRequestFilter}). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException ex) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(validation(List.of(
                FieldError.of("query", "request.query-encoding"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error while handling a request", ex);
        ProblemDetail problem = ProblemDocument.forStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A validation problem: 400, code {@code request.invalid}, with each offending field in {@code errors}. */
    public static ProblemDetail validation(List<FieldError> errors) {
        ProblemDetail problem = ProblemDocument.of(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, Message.of("request.invalid"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private ResponseEntity<Object> validationProblem(HttpHeaders headers, List<FieldError> errors) {
        return ResponseEntity.badRequest().headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(validation(errors));
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name != null ? name : "parameter" + result.getMethodParameter().getParameterIndex();
    }

    private static boolean isDefaultType(URI type) {
        return type == null || "about:blank".equals(type.toString());
    }

    private static URI typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemType.URI_TOO_LONG;
            case 431 -> ProblemType.HEADERS_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ProblemType.BUSINESS_RULE;
            case 503 -> ProblemType.DEPENDENCY_UNAVAILABLE;
            default -> ProblemType.of("http-" + status.value());
        };
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
