package fr.centreisere.concierge.provider.system;

import fr.centreisere.concierge.platform.i18n.LocalizedException;
import fr.centreisere.concierge.platform.i18n.Message;
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

/**
 * The provider's domain exceptions as problem documents: 404, 409, 422, 403, in the request's language.
 * Besides the {@code code} of its detail, each carries that detail's arguments in {@code args} (strings):
 * order-service keeps both when provider-service refuses a message, and says them in its own reader's
 * language (docs/INTERNAL-API.md).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainProblems {

    @ExceptionHandler(CatalogServices.CatalogUnavailable.class)
    ErrorResponse catalogUnavailable(CatalogServices.CatalogUnavailable e) {
        return ApiProblem.dependencyUnavailable(Message.of("member.catalog-unavailable"));
    }

    @ExceptionHandler({JobNotFound.class, MemberNotFound.class, ReplaceCapabilities.CapabilityNotFound.class,
            CalendarKeyRefused.class})
    ErrorResponse notFound(LocalizedException e) {
        return withArgs(ApiProblem.notFound(e.text()), e);
    }

    @ExceptionHandler({ForbiddenTransition.class, JobChangedConcurrently.class, MemberChangedConcurrently.class,
            RegisterMember.MemberAlreadyExists.class})
    ErrorResponse conflict(LocalizedException e) {
        return withArgs(ApiProblem.conflict(e.text()), e);
    }

    @ExceptionHandler({InvalidWorkReport.class, InvalidMember.class, ReportImpact.InvalidPeriod.class})
    ErrorResponse businessRule(LocalizedException e) {
        return withArgs(ApiProblem.businessRule(e.text()), e);
    }

    @ExceptionHandler(MemberDoesNotFit.class)
    ErrorResponse memberDoesNotFit(MemberDoesNotFit e) {
        ApiProblem problem = withArgs(ApiProblem.businessRule(e.text()), e);
        // the code this problem had before the bundles' codes: order-service and the web app switch on it
        problem.getBody().setProperty("code", "MEMBER_NOT_FIT");
        problem.getBody().setProperty("reasons", e.reasons().stream().map(Enum::name).toList());
        return problem;
    }

    @ExceptionHandler(Turns.RotationBusy.class)
    ErrorResponse rotationBusy(Turns.RotationBusy e) {
        return ApiProblem.dependencyUnavailable(Message.of("job.rotation-busy"));
    }

    @ExceptionHandler(AccessDenied.class)
    ErrorResponse forbidden(AccessDenied e) {
        return withArgs(new ApiProblem(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, e.text()), e);
    }

    private static ApiProblem withArgs(ApiProblem problem, LocalizedException e) {
        problem.getBody().setProperty("args", e.text().args());
        return problem;
    }
}
