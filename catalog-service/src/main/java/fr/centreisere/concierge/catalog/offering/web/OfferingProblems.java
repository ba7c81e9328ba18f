package fr.centreisere.concierge.catalog.offering.web;

import fr.centreisere.concierge.platform.i18n.Message;
import java.util.List;

import fr.centreisere.concierge.catalog.offering.InvalidOffering;
import fr.centreisere.concierge.catalog.offering.OfferingChangedMeanwhile;
import fr.centreisere.concierge.catalog.offering.OfferingNotFound;
import fr.centreisere.concierge.catalog.offering.SlugAlreadyUsed;
import fr.centreisere.concierge.catalog.territory.UnknownCommune;
import fr.centreisere.concierge.platform.problem.ApiProblem;
import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The catalog's domain refusals as problem documents, for this package's controllers (before the platform's
 * general handler): unknown service 404; slug taken or concurrent edit 409; a detail breaking a rule, or a
 * commune outside the territory, 400 with the field at fault.
 */
@RestControllerAdvice(basePackageClasses = OfferingProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OfferingProblems {

    @ExceptionHandler
    ApiProblem notFound(OfferingNotFound notFound) {
        return ApiProblem.notFound(notFound.text());
    }

    @ExceptionHandler
    ApiProblem slugTaken(SlugAlreadyUsed taken) {
        return ApiProblem.conflict(taken.text());
    }

    @ExceptionHandler
    ApiProblem changedMeanwhile(OfferingChangedMeanwhile changed) {
        return ApiProblem.conflict(changed.text());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidOffering invalid) {
        return badRequest(invalid.field(), invalid.text());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownCommune(UnknownCommune unknown) {
        return badRequest("commune", Message.of("commune.not-of-territory"));
    }

    private static ResponseEntity<ProblemDetail> badRequest(String field, Message message) {
        return ResponseEntity.badRequest().body(ApiProblemHandler.validation(List.of(FieldError.of(field, message))));
    }
}
