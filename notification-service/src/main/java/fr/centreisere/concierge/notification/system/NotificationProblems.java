package fr.centreisere.concierge.notification.system;

import fr.centreisere.concierge.platform.i18n.Message;
import java.util.List;

import fr.centreisere.concierge.notification.inbox.NotificationNotFound;
import fr.centreisere.concierge.notification.message.InvalidMessage;
import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.FieldError;
import fr.centreisere.concierge.platform.problem.ProblemDocument;
import fr.centreisere.concierge.platform.problem.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The service's domain refusals as problem documents: an event that cannot be told → 400 naming the field; another's entry → 404. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NotificationProblems {

    @ExceptionHandler(InvalidMessage.class)
    ResponseEntity<ProblemDetail> invalid(InvalidMessage invalid) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblemHandler.validation(List.of(FieldError.of(invalid.field(), invalid.text()))));
    }

    @ExceptionHandler(NotificationNotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotificationNotFound notFound) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDocument.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, Message.of("notification.not-found")));
    }
}
