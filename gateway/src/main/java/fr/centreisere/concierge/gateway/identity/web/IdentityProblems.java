package fr.centreisere.concierge.gateway.identity.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import fr.centreisere.concierge.gateway.identity.AccountBindings;
import fr.centreisere.concierge.gateway.identity.BadCredentials;
import fr.centreisere.concierge.gateway.identity.UnknownBinding;
import fr.centreisere.concierge.gateway.identity.CreateAccount;
import fr.centreisere.concierge.gateway.identity.EmailAlreadyUsed;
import fr.centreisere.concierge.gateway.identity.InvalidAccount;
import fr.centreisere.concierge.gateway.identity.ManageAccounts;
import fr.centreisere.concierge.gateway.identity.InvalidToken;
import fr.centreisere.concierge.gateway.identity.TokenPurpose;
import fr.centreisere.concierge.gateway.identity.TooManyMailRequests;
import fr.centreisere.concierge.gateway.identity.TooManyLoginFailures;
import fr.centreisere.concierge.gateway.identity.WeakPassword;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;
import fr.centreisere.concierge.platform.problem.FieldError;
import fr.centreisere.concierge.platform.problem.ProblemDocument;
import fr.centreisere.concierge.platform.problem.ValidationCodes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * The identity feature's failures as problem documents (docs/API.md's shape, types shared with the services), in the
 * language of the request's {@code Accept-Language}, each with its stable {@code code}.
 */
@RestControllerAdvice(assignableTypes = { AuthController.class, AccountAdminController.class })
class IdentityProblems {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IdentityProblems.class);

    private static final String TYPE_BASE = "https://concierge.centre-isere.fr/problems/";

    private final Texts texts;
    private final ObjectProvider<ValidatorFactory> validators;

    IdentityProblems(Texts texts, ObjectProvider<ValidatorFactory> validators) {
        this.texts = texts;
        this.validators = validators;
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<ProblemDetail> invalid(WebExchangeBindException exception, ServerWebExchange exchange) {
        Locale locale = locale(exchange);
        List<FieldError> errors = exception.getFieldErrors().stream()
                .sorted(Comparator.comparing(org.springframework.validation.FieldError::getField))
                .map(error -> FieldError.rendered(error.getField(), message(error, locale), ValidationCodes.of(error)))
                .toList();
        return validation(errors, exchange);
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> malformed(ServerWebInputException exception, ServerWebExchange exchange) {
        return ResponseEntity.badRequest().body(problem(exchange, HttpStatus.BAD_REQUEST, "malformed-request",
                Message.of("request.malformed-body")));
    }

    @ExceptionHandler(WeakPassword.class)
    ResponseEntity<ProblemDetail> weakPassword(WeakPassword exception, ServerWebExchange exchange) {
        return validation(exception.problems().stream().map(problem -> FieldError.of(exception.field(), problem)).toList(), exchange);
    }

    /** Unknown, used, replaced or expired: one answer, with a stable {@code code} the web app reads. */
    @ExceptionHandler(InvalidToken.class)
    ResponseEntity<ProblemDetail> invalidToken(InvalidToken exception, ServerWebExchange exchange) {
        boolean reset = exception.purpose() == TokenPurpose.PASSWORD_RESET;
        ProblemDetail problem = ProblemDocument.of(HttpStatus.BAD_REQUEST, type("invalid-token"),
                Message.of(reset ? "account.link.reset-invalid" : "account.link.verification-invalid"));
        problem.setProperty("code", exception.purpose().invalidCode());
        return ResponseEntity.badRequest().body(render(problem, exchange));
    }

    @ExceptionHandler(TooManyMailRequests.class)
    ResponseEntity<ProblemDetail> tooManyMailRequests(TooManyMailRequests exception, ServerWebExchange exchange) {
        long seconds = Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                        Message.of("account.mail.too-many-requests", seconds)));
    }

    @ExceptionHandler(InvalidAccount.class)
    ResponseEntity<ProblemDetail> invalidAccount(InvalidAccount exception, ServerWebExchange exchange) {
        return validation(List.of(FieldError.of(exception.field(), exception.text())), exchange);
    }

    @ExceptionHandler(UnknownBinding.class)
    ResponseEntity<ProblemDetail> unknownBinding(UnknownBinding exception, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDocument.of(HttpStatus.UNPROCESSABLE_CONTENT, type("business-rule"), exception.text());
        problem.setProperty("errors", List.of(FieldError.of(exception.field(), exception.text())));
        return ResponseEntity.unprocessableContent().body(render(problem, exchange));
    }

    @ExceptionHandler(AccountBindings.OwnerUnavailable.class)
    ResponseEntity<ProblemDetail> ownerUnavailable(ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(exchange, HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
                        Message.of("account.binding.uncheckable")));
    }

    /** The identity database is away (short driver timeouts): a quick 503, never a hang or a 500. */
    @ExceptionHandler({ DataAccessResourceFailureException.class, QueryTimeoutException.class,
            com.mongodb.MongoTimeoutException.class, com.mongodb.MongoSocketException.class })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception, ServerWebExchange exchange) {
        log.warn("The identity database is not answering: {}", exception.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                        Message.of("account.database.unavailable")));
    }

    @ExceptionHandler(EmailAlreadyUsed.class)
    ResponseEntity<ProblemDetail> emailTaken(ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(exchange, HttpStatus.CONFLICT, "conflict",
                Message.of("account.email.used")));
    }

    @ExceptionHandler(BadCredentials.class)
    ResponseEntity<ProblemDetail> badCredentials(ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem(exchange, HttpStatus.UNAUTHORIZED, "bad-credentials",
                Message.of("account.credentials.wrong")));
    }

    @ExceptionHandler(TooManyLoginFailures.class)
    ResponseEntity<ProblemDetail> tooManyFailures(TooManyLoginFailures exception, ServerWebExchange exchange) {
        long seconds = Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(render(ProblemDocument.of(HttpStatus.TOO_MANY_REQUESTS, type("too-many-requests"),
                        Message.of("problem.title.too-many-attempts"), Message.of("account.login.too-many-failures", seconds)),
                        exchange));
    }

    @ExceptionHandler(CreateAccount.NotACoordinator.class)
    ResponseEntity<ProblemDetail> notACoordinator(ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(exchange, HttpStatus.FORBIDDEN, "forbidden",
                Message.of("http.403")));
    }

    @ExceptionHandler(ManageAccounts.OwnAccount.class)
    ResponseEntity<ProblemDetail> ownAccount(ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(exchange, HttpStatus.CONFLICT, "conflict",
                Message.of("account.own.deactivate")));
    }

    @ExceptionHandler(AuthController.AccountGone.class)
    ResponseEntity<ProblemDetail> accountGone(ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(exchange, HttpStatus.NOT_FOUND, "not-found",
                Message.of("account.gone")));
    }

    private ResponseEntity<ProblemDetail> validation(List<FieldError> errors, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDocument.of(HttpStatus.BAD_REQUEST, type("validation"), Message.of("request.invalid"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(render(problem, exchange));
    }

    private ProblemDetail problem(ServerWebExchange exchange, HttpStatus status, String type, Message detail) {
        return render(ProblemDocument.of(status, type(type), detail), exchange);
    }

    private ProblemDetail render(ProblemDetail problem, ServerWebExchange exchange) {
        return ProblemDocument.render(problem, texts, locale(exchange));
    }

    private static Locale locale(ServerWebExchange exchange) {
        return exchange.getLocaleContext().getLocale();
    }

    private static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /**
     * A Bean Validation message in the request's language. A reactive request has no thread-bound locale when its
     * body is validated, so the message is interpolated again, from its template, in the exchange's language.
     */
    private String message(org.springframework.validation.FieldError error, Locale locale) {
        ValidatorFactory factory = validators.getIfUnique();
        if (factory != null && error.contains(ConstraintViolation.class)) {
            ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
            try {
                return factory.getMessageInterpolator().interpolate(violation.getMessageTemplate(), new ViolationContext(violation), locale);
            } catch (RuntimeException cannotInterpolate) {
                log.debug("Could not interpolate {} again: {}", violation.getMessageTemplate(), cannotInterpolate.toString());
            }
        }
        String message = error.getDefaultMessage();
        return message == null ? texts.text(Message.of("validation.invalid"), locale) : message;
    }

    private record ViolationContext(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(violation)) {
                return type.cast(violation);
            }
            throw new jakarta.validation.ValidationException("no " + type.getName() + " here");
        }
    }
}
