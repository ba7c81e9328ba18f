package fr.centreisere.concierge.platform.mongo;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import fr.centreisere.concierge.platform.problem.ProblemDocument;
import fr.centreisere.concierge.platform.problem.ProblemType;
import fr.centreisere.concierge.platform.i18n.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The store cannot be reached (no server within the selection timeout, a connection refused or cut,
 * no answer within the socket timeout): {@code 503 service-unavailable} with {@code Retry-After}, in
 * a few seconds rather than a hang. Whether a write reached the store before its answer was lost is
 * not known here: writes that matter are idempotent (an order's {@code Idempotency-Key}), so the
 * client repeats the same request.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableProblems {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableProblems.class);

    @ExceptionHandler({ DataAccessResourceFailureException.class, QueryTimeoutException.class,
            MongoTimeoutException.class, MongoSocketException.class })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception) {
        log.warn("The database is not answering: {}", exception.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .body(problem());
    }

    /** The problem document of a store that is away. */
    public static ProblemDetail problem() {
        return ProblemDocument.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.of("service-unavailable"),
                Message.of("database.unavailable"));
    }
}
