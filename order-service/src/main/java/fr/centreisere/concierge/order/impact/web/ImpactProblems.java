package fr.centreisere.concierge.order.impact.web;

import fr.centreisere.concierge.order.impact.InsertionWork;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.problem.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** provider-service down while a bilan is drawn: 503, nothing to change, try again. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ImpactProblems {

    private static final Logger log = LoggerFactory.getLogger(ImpactProblems.class);

    @ExceptionHandler(InsertionWork.WorkUnavailable.class)
    ResponseEntity<ProblemDetail> workUnavailable(InsertionWork.WorkUnavailable e) {
        log.warn("No bilan RSE: {}", e.getMessage(), e.getCause());
        ApiProblem problem = ApiProblem.dependencyUnavailable(Message.of("impact.work-unavailable"));
        return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
    }
}
