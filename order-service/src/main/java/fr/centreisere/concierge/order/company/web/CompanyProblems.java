package fr.centreisere.concierge.order.company.web;

import java.util.List;

import fr.centreisere.concierge.order.company.CompanyConflict;
import fr.centreisere.concierge.order.company.CompanyNotFound;
import fr.centreisere.concierge.order.company.CompanyRefused;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.problem.ApiProblem;
import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The companies' domain refusals as problem documents, before the platform's catch-all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CompanyProblems {

    @ExceptionHandler(CompanyNotFound.class)
    ResponseEntity<ProblemDetail> notFound(CompanyNotFound e) {
        return answer(ApiProblem.notFound(e.text()));
    }

    @ExceptionHandler(CompanyConflict.class)
    ResponseEntity<ProblemDetail> conflict(CompanyConflict e) {
        return answer(ApiProblem.conflict(e.text()));
    }

    @ExceptionHandler(CompanyRefused.class)
    ResponseEntity<ProblemDetail> refused(CompanyRefused e) {
        return answer(ApiProblem.businessRule(e.text()));
    }

    @ExceptionHandler(CompanyController.BadMonth.class)
    ResponseEntity<ProblemDetail> badMonth(CompanyController.BadMonth e) {
        return ResponseEntity.badRequest().body(ApiProblemHandler.validation(List.of(FieldError.of("month",
                Message.of("validation.month")))));
    }

    private static ResponseEntity<ProblemDetail> answer(ApiProblem problem) {
        return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
    }
}
