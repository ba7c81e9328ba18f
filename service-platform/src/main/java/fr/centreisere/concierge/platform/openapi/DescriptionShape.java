package fr.centreisere.concierge.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * What every description holds once: the bearer scheme, the problem document and the shared error
 * answers, the contact, the tags its operations use, and JSON (never {@code *}{@code /*}) as the type of
 * answers that did not name one.
 */
final class DescriptionShape {

    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";
    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    static final String TOO_MANY_REQUESTS = "TooManyRequests";
    static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    private static final String ANY = "*/*";
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The shared answers, in status order: component name → description. */
    private static final Map<String, String> ANSWERS = answers();

    void applyTo(OpenAPI description) {
        Components components = description.getComponents() == null ? new Components() : description.getComponents();
        description.setComponents(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT")
                .description("The access token of POST /api/auth/login (the gateway), as `Authorization: Bearer <token>`."));
        components.addSchemas(PROBLEM, problemSchema());
        ANSWERS.forEach((name, text) -> components.addResponses(name, new ApiResponse().description(text)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        if (description.getInfo() != null && description.getInfo().getContact() == null) {
            description.getInfo().setContact(new Contact().name("Conciergerie Centre Isère")
                    .url("https://concierge.centre-isere.fr"));
        }
        Set<String> tags = new TreeSet<>();
        if (description.getPaths() != null) {
            description.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getTags() != null) {
                    tags.addAll(operation.getTags());
                }
                typeAnswersAsJson(operation);
            }));
        }
        description.setTags(tags.stream().map(name -> new Tag().name(name)).toList());
    }

    /** Springdoc types an answer {@code *}{@code /*} when the mapping names no {@code produces}: ours are JSON. */
    private static void typeAnswersAsJson(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().values().forEach(response -> {
            Content content = response.getContent();
            if (content != null && content.containsKey(ANY)) {
                MediaType any = content.remove(ANY);
                if (!content.containsKey(JSON)) {
                    content.addMediaType(JSON, any);
                }
            }
        });
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the wrong field, header or parameter: `slot.from`, `Idempotency-Key`"))
                .addProperty("message", new StringSchema().description("what is wrong with it, in the language of the request's `Accept-Language`"))
                .addProperty("code", new StringSchema().description("what is wrong with it, as a stable code: `validation.not-blank`, `id.member`")
                        .example("id.member"));
        return new ObjectSchema()
                .description("An RFC 9457 problem document: every error of the API is one.")
                .addProperty("type", new StringSchema().format("uri")
                        .example("https://concierge.centre-isere.fr/problems/validation"))
                .addProperty("title", new StringSchema().example("Données invalides")
                        .description("in the language of the request's `Accept-Language` (fr, en; French by default)"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("in the language of the request's `Accept-Language`"))
                .addProperty("code", new StringSchema().example("request.invalid")
                        .description("the problem's stable, language-free code, to switch on: `order.not-found`, `http.404`, `request.invalid`"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("for a validation problem (400): every wrong field"))
                .required(List.of("type", "title", "status"));
    }

    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put(BAD_REQUEST, "The request is malformed or a field, parameter or header is invalid (`validation`, `malformed-request`).");
        answers.put(UNAUTHORIZED, "No valid access token (`unauthorized`).");
        answers.put(FORBIDDEN, "The caller's role may not do this (`forbidden`).");
        answers.put(NOT_FOUND, "Nothing of that id, or it is another owner's (`not-found`).");
        answers.put(UNSUPPORTED_MEDIA_TYPE, "The body is not JSON (`unsupported-media-type`).");
        answers.put(TOO_MANY_REQUESTS, "Past the gateway's rate limit; `Retry-After` says when to try again (`too-many-requests`).");
        answers.put(SERVICE_UNAVAILABLE, "The service or its database is away; `Retry-After` says when to try again (`service-unavailable`).");
        return answers;
    }
}
