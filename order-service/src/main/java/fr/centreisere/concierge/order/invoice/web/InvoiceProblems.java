package fr.centreisere.concierge.order.invoice.web;

import java.util.List;

import fr.centreisere.concierge.order.invoice.InvoiceConflict;
import fr.centreisere.concierge.order.invoice.InvoiceNotFound;
import fr.centreisere.concierge.order.invoice.LegalIdentityUnavailable;
import fr.centreisere.concierge.order.invoice.PoleIdentityMissing;
import fr.centreisere.concierge.platform.i18n.LocalizedException;
import fr.centreisere.concierge.platform.problem.ApiProblem;
import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.FieldError;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The invoices' refusals as problem documents, before the platform's catch-all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InvoiceProblems {

    @ExceptionHandler(InvoiceNotFound.class)
    ResponseEntity<ProblemDetail> notFound(InvoiceNotFound e) {
        return answer(ApiProblem.notFound(e.text()));
    }

    @ExceptionHandler(InvoiceConflict.class)
    ResponseEntity<ProblemDetail> conflict(InvoiceConflict e) {
        return answer(ApiProblem.conflict(e.text()));
    }

    @ExceptionHandler({LegalIdentityUnavailable.class, PoleIdentityMissing.class})
    ResponseEntity<ProblemDetail> unavailable(LocalizedException e) {
        return answer(ApiProblem.dependencyUnavailable(e.text()));
    }

    @ExceptionHandler(InvoiceController.BadInvoiceParameter.class)
    ResponseEntity<ProblemDetail> badParameter(InvoiceController.BadInvoiceParameter e) {
        return ResponseEntity.badRequest().body(ApiProblemHandler.validation(List.of(FieldError.of(e.field, e.text()))));
    }

    private static ResponseEntity<ProblemDetail> answer(ApiProblem problem) {
        return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
    }
}
