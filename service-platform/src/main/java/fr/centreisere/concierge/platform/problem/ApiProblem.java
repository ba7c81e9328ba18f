package fr.centreisere.concierge.platform.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An exception that is its own problem document. Services throw it from their web layer (or map
 * their domain exceptions to it) so that every problem has a stable type, a title and a detail.
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatus status, URI type, String title, String detail) {
        super(status, ProblemDocument.of(status, type, title, detail), null);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "Introuvable / Not found", detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, ProblemType.CONFLICT, "Conflit / Conflict", detail);
    }

    public static ApiProblem businessRule(String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.BUSINESS_RULE,
                "Règle métier non respectée / Business rule broken", detail);
    }

    public static ApiProblem dependencyUnavailable(String detail) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.DEPENDENCY_UNAVAILABLE,
                "Service momentanément indisponible / Service temporarily unavailable", detail);
    }
}
