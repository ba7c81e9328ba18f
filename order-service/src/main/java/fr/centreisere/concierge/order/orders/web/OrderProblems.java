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
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
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
        return answer(ApiProblem.notFound(e.text()));
    }

    @ExceptionHandler(TransitionForbidden.class)
    ResponseEntity<ProblemDetail> forbiddenTransition(TransitionForbidden e) {
        return answer(ApiProblem.conflict(e.text()));
    }

    @ExceptionHandler(OrderRefused.class)
    ResponseEntity<ProblemDetail> refused(OrderRefused e) {
        return answer(ApiProblem.businessRule(e.text(LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused e) {
        return answer(new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, IDEMPOTENCY_KEY_REUSED, e.text()));
    }

    @ExceptionHandler(ActionNotAllowed.class)
    ResponseEntity<ProblemDetail> notAllowed(ActionNotAllowed e) {
        return answer(new ApiProblem(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, e.text()));
    }

    @ExceptionHandler(CatalogUnavailable.class)
    ResponseEntity<ProblemDetail> catalogDown(CatalogUnavailable e) {
        log.warn("No order placed: {}", e.getMessage(), e.getCause());
        return answer(ApiProblem.dependencyUnavailable(Message.of("order.catalog-unavailable")));
    }

    @ExceptionHandler(DayFull.class)
    ResponseEntity<ProblemDetail> dayFull(DayFull e) {
        ProblemDetail problem = new ApiProblem(HttpStatus.CONFLICT, DAY_FULL, e.text()).getBody();
        // the code this problem had before the bundles' codes: clients switch on it (docs/API.md)
        problem.setProperty("code", "DAY_FULL");
        problem.setProperty("nextAvailableDates", e.nextAvailableDates().stream().map(LocalDate::toString).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(MemberNotFit.class)
    ResponseEntity<ProblemDetail> memberNotFit(MemberNotFit e) {
        ProblemDetail problem = new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, MEMBER_NOT_FIT, e.text()).getBody();
        // the code this problem had before the bundles' codes: clients switch on it (docs/API.md)
        problem.setProperty("code", "MEMBER_NOT_FIT");
        problem.setProperty("reasons", e.reasons());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @ExceptionHandler(DispatchUnavailable.class)
    ResponseEntity<ProblemDetail> providerDown(DispatchUnavailable e) {
        log.warn("Nothing changed: {}", e.getMessage(), e.getCause());
        return answer(ApiProblem.dependencyUnavailable(Message.of("order.provider-unavailable")));
    }

    @ExceptionHandler(Orders.ConcurrentChange.class)
    ResponseEntity<ProblemDetail> busy(Orders.ConcurrentChange e) {
        return answer(ApiProblem.conflict(Message.of("order.changing")));
    }

    private static ResponseEntity<ProblemDetail> answer(ApiProblem problem) {
        return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
    }
}
