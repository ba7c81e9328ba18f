package fr.centreisere.concierge.provider.system;

import fr.centreisere.concierge.platform.problem.ApiProblem;
import fr.centreisere.concierge.platform.problem.ProblemType;
import fr.centreisere.concierge.provider.impact.ReportImpact;
import fr.centreisere.concierge.provider.job.ForbiddenTransition;
import fr.centreisere.concierge.provider.job.InvalidWorkReport;
import fr.centreisere.concierge.provider.member.CatalogServices;
import fr.centreisere.concierge.provider.member.ReplaceCapabilities;
import fr.centreisere.concierge.provider.job.JobChangedConcurrently;
import fr.centreisere.concierge.provider.job.JobNotFound;
import fr.centreisere.concierge.provider.job.MemberDoesNotFit;
import fr.centreisere.concierge.provider.job.Turns;
import fr.centreisere.concierge.provider.member.AccessDenied;
import fr.centreisere.concierge.provider.member.InvalidMember;
import fr.centreisere.concierge.provider.member.MemberChangedConcurrently;
import fr.centreisere.concierge.provider.member.MemberNotFound;
import fr.centreisere.concierge.provider.member.RegisterMember;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import fr.centreisere.concierge.provider.calendar.CalendarKeyRefused;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The provider's domain exceptions as problem documents: 404, 409, 422, 403. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainProblems {

    @ExceptionHandler(CatalogServices.CatalogUnavailable.class)
    ErrorResponse catalogUnavailable(CatalogServices.CatalogUnavailable e) {
        return ApiProblem.dependencyUnavailable("le catalogue ne répond pas, rien n'a été changé ; réessayez "
                + "/ the catalog is not answering, nothing was changed; try again");
    }

    @ExceptionHandler({JobNotFound.class, MemberNotFound.class, ReplaceCapabilities.CapabilityNotFound.class,
            CalendarKeyRefused.class})
    ErrorResponse notFound(RuntimeException e) {
        return ApiProblem.notFound(e.getMessage());
    }

    @ExceptionHandler({ForbiddenTransition.class, JobChangedConcurrently.class, MemberChangedConcurrently.class,
            RegisterMember.MemberAlreadyExists.class})
    ErrorResponse conflict(RuntimeException e) {
        return ApiProblem.conflict(e.getMessage());
    }

    @ExceptionHandler({InvalidWorkReport.class, InvalidMember.class, ReportImpact.InvalidPeriod.class})
    ErrorResponse businessRule(RuntimeException e) {
        return ApiProblem.businessRule(e.getMessage());
    }

    @ExceptionHandler(MemberDoesNotFit.class)
    ErrorResponse memberDoesNotFit(MemberDoesNotFit e) {
        ApiProblem problem = ApiProblem.businessRule(e.getMessage());
        problem.getBody().setProperty("code", "MEMBER_NOT_FIT");
        problem.getBody().setProperty("reasons", e.reasons().stream().map(Enum::name).toList());
        return problem;
    }

    @ExceptionHandler(Turns.RotationBusy.class)
    ErrorResponse rotationBusy(Turns.RotationBusy e) {
        return ApiProblem.dependencyUnavailable("la rotation est très sollicitée, réessayez / the rotation is busy, retry");
    }

    @ExceptionHandler(AccessDenied.class)
    ErrorResponse forbidden(AccessDenied e) {
        return new ApiProblem(HttpStatus.FORBIDDEN, ProblemType.of("forbidden"), "Accès refusé / Access denied",
                e.getMessage());
    }
}
