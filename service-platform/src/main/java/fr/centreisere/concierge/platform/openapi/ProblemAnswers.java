package fr.centreisere.concierge.platform.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/**
 * The answers every operation really gives besides its own, as problem documents: 400 for input it
 * reads, 401 and 403 where a token is needed (and the bearer requirement there), 404 for a path naming
 * something, 415 for a body, 429 from the gateway's rate limit, 503 when the database is away.
 * An operation's own documented answers (a 409, a 422) are kept; only the missing ones are added.
 */
final class ProblemAnswers {

    private final PublicOperations publicOperations;

    ProblemAnswers(PublicOperations publicOperations) {
        this.publicOperations = publicOperations;
    }

    void addTo(OpenAPI description) {
        if (description.getPaths() == null) {
            return;
        }
        description.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> addTo(path, method, operation)));
    }

    private void addTo(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean readsInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (readsInput) {
            add(responses, "400", DescriptionShape.BAD_REQUEST);
        }
        if (!publicOperations.isPublic(method.name(), path)) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(DescriptionShape.BEARER)));
            add(responses, "401", DescriptionShape.UNAUTHORIZED);
            add(responses, "403", DescriptionShape.FORBIDDEN);
        }
        if (path.contains("{")) {
            add(responses, "404", DescriptionShape.NOT_FOUND);
        }
        if (operation.getRequestBody() != null) {
            add(responses, "415", DescriptionShape.UNSUPPORTED_MEDIA_TYPE);
        }
        add(responses, "429", DescriptionShape.TOO_MANY_REQUESTS);
        add(responses, "503", DescriptionShape.SERVICE_UNAVAILABLE);
    }

    private static void add(ApiResponses responses, String status, String component) {
        for (Map.Entry<String, ApiResponse> existing : responses.entrySet()) {
            if (existing.getKey().equals(status)) {
                return;
            }
        }
        responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + component));
    }
}
