package fr.centreisere.concierge.order.orders.web;

import java.time.LocalDate;

import fr.centreisere.concierge.order.catalog.CatalogUnavailable;
import fr.centreisere.concierge.order.dispatch.DispatchUnavailable;
import fr.centreisere.concierge.order.orders.ActionNotAllowed;
import fr.centreisere.concierge.order.orders.DayFull;
import fr.centreisere.concierge.order.orders.IdempotencyKeyReused;
import fr.centreisere.concierge.order.orders.MemberNotFit;
import fr.centreisere.concierge.order.orders.OrderNotFound;
import fr.centreisere.concierge.order.orders.OrderRefused;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.TransitionForbidden;
import fr.centreisere.concierge.platform.problem.ApiProblem;
import fr.centreisere.concierge.platform.problem.ProblemDocument;
import fr.centreisere.concierge.platform.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The orders' domain refusals as problem documents, before the platform's catch-all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OrderProblems {

    private static final Logger log = LoggerFactory.getLogger(OrderProblems.class);

    static final java.net.URI IDEMPOTENCY_KEY_REUSED = ProblemType.of("idempotency-key-reused");
    static final java.net.URI DAY_FULL = ProblemType.of("day-full");
    static final java.net.URI MEMBER_NOT_FIT = ProblemType.of("member-not-fit");

    @ExceptionHandler(OrderNotFound.class)
    ResponseEntity<ProblemDetail> notFound(OrderNotFound e) {
        return answer(ApiProblem.notFound(e.getMessage()));
    }

    @ExceptionHandler(TransitionForbidden.class)
    ResponseEntity<ProblemDetail> forbiddenTransition(TransitionForbidden e) {
        return answer(ApiProblem.conflict(e.getMessage()));
    }

    @ExceptionHandler(OrderRefused.class)
    ResponseEntity<ProblemDetail> refused(OrderRefused e) {
        return answer(ApiProblem.businessRule(e.getMessage()));
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused e) {
        return answer(new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, IDEMPOTENCY_KEY_REUSED,
                "Clé d'idempotence déjà utilisée / Idempotency key already used", e.getMessage()));
    }

    @ExceptionHandler(ActionNotAllowed.class)
    ResponseEntity<ProblemDetail> notAllowed(ActionNotAllowed e) {
        return answer(new ApiProblem(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "Action interdite / Forbidden",
                e.getMessage()));
    }

    @ExceptionHandler(CatalogUnavailable.class)
    ResponseEntity<ProblemDetail> catalogDown(CatalogUnavailable e) {
        log.warn("No order placed: {}", e.getMessage(), e.getCause());
        return answer(ApiProblem.dependencyUnavailable("Le catalogue ne répond pas : impossible de chiffrer la "
                + "commande pour le moment ; réessayez dans un instant. / The catalog is not answering: the order "
                + "cannot be priced right now; try again shortly."));
    }

    @ExceptionHandler(DayFull.class)
    ResponseEntity<ProblemDetail> dayFull(DayFull e) {
        ProblemDetail problem = ProblemDocument.of(HttpStatus.CONFLICT, DAY_FULL,
                "Plus de place ce jour-là / No room that day", e.getMessage());
        problem.setProperty("code", "DAY_FULL");
        problem.setProperty("nextAvailableDates", e.nextAvailableDates().stream().map(LocalDate::toString).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(MemberNotFit.class)
    ResponseEntity<ProblemDetail> memberNotFit(MemberNotFit e) {
        ProblemDetail problem = ProblemDocument.of(HttpStatus.UNPROCESSABLE_CONTENT, MEMBER_NOT_FIT,
                "Structure membre inadaptée / Member does not fit", e.getMessage());
        problem.setProperty("code", "MEMBER_NOT_FIT");
        problem.setProperty("reasons", e.reasons());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @ExceptionHandler(DispatchUnavailable.class)
    ResponseEntity<ProblemDetail> providerDown(DispatchUnavailable e) {
        log.warn("Nothing changed: {}", e.getMessage(), e.getCause());
        return answer(ApiProblem.dependencyUnavailable("provider-service ne répond pas : rien n'a été changé ; "
                + "réessayez dans un instant. / provider-service is not answering: nothing was changed; try again "
                + "shortly."));
    }

    @ExceptionHandler(Orders.ConcurrentChange.class)
    ResponseEntity<ProblemDetail> busy(Orders.ConcurrentChange e) {
        return answer(ApiProblem.conflict("La commande change en ce moment ; réessayez. "
                + "/ The order is changing right now; try again."));
    }

    private static ResponseEntity<ProblemDetail> answer(ApiProblem problem) {
        return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
    }
}
