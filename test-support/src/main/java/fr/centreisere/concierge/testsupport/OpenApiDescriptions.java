package fr.centreisere.concierge.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every public OpenAPI description of the project must say, checked the same way for the four
 * services ({@link ServiceStartsContract}) and the gateway: the bearer scheme, a problem answer on every
 * operation, no {@code /internal/**} (the gateway never routes it), no caller argument shown as a
 * parameter, no {@code *}{@code /*} media type, operation ids that say what they do, a description of
 * each operation (its method's Javadoc). Each description is
 * also written to {@code target/openapi/<name>.json}, which {@code .ci/run} lints with Spectral.
 */
public final class OpenApiDescriptions {

    private static final List<String> OPERATIONS = List.of("get", "put", "post", "delete", "patch");

    private OpenApiDescriptions() {
    }

    /** Saves the description and checks it; answers it parsed, for a caller's own checks. */
    public static JsonNode check(String name, String body) {
        save(name, body);
        JsonNode description = JsonMapper.shared().readTree(body);
        assertThat(description.at("/info/title").asString()).contains(name);
        assertThat(description.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        List<String> paths = new ArrayList<>();
        List<String> withoutProblem = new ArrayList<>();
        List<String> callerParameters = new ArrayList<>();
        List<String> anyMediaTypes = new ArrayList<>();
        List<String> numberedIds = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : description.get("paths").properties()) {
            paths.add(path.getKey());
            for (String method : OPERATIONS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) continue;
                String operationName = method.toUpperCase() + " " + path.getKey();
                boolean problem = false;
                for (Map.Entry<String, JsonNode> response : operation.get("responses").properties()) {
                    JsonNode answer = response.getValue();
                    if (answer.has("$ref")) {
                        answer = description.at(answer.get("$ref").asString().substring(1));
                    }
                    JsonNode content = answer.get("content");
                    if (content == null) continue;
                    if (content.has("application/problem+json") && response.getKey().startsWith("4")) problem = true;
                    if (content.has("*/*")) anyMediaTypes.add(operationName + " " + response.getKey());
                }
                if (!problem) withoutProblem.add(operationName);
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("name").asString().equals("user")) callerParameters.add(operationName);
                }
                if (operation.path("description").asString().isBlank()) undescribed.add(operationName);
                String id = operation.path("operationId").asString();
                if (id.isEmpty() || id.matches(".*_\\d+$")) numberedIds.add(operationName + " → " + id);
            }
        }
        assertThat(paths).isNotEmpty().noneMatch(path -> path.startsWith("/internal"));
        assertThat(withoutProblem).as("operations without a problem answer").isEmpty();
        assertThat(callerParameters).as("operations showing the caller as a parameter").isEmpty();
        assertThat(anyMediaTypes).as("answers typed */*").isEmpty();
        assertThat(numberedIds).as("operation ids missing or numbered").isEmpty();
        assertThat(undescribed).as("operations without a description (their method's Javadoc)").isEmpty();
        return description;
    }

    /**
     * Asserts that these members of a schema of the description admit {@code null} (their {@code @Nullable}
     * components: {@code "null"} among their types, or {@code oneOf} their schema and {@code null}), and that
     * those said never null do not.
     */
    public static void assertNullable(JsonNode description, String schema, List<String> nullableMembers,
            List<String> neverNullMembers) {
        JsonNode properties = description.at("/components/schemas/" + schema + "/properties");
        assertThat(properties.isObject()).as("schema " + schema + " with properties").isTrue();
        List<String> nullable = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            if (admitsNull(property.getValue())) nullable.add(property.getKey());
        }
        assertThat(nullable).as("the members of " + schema + " that admit null")
                .containsAll(nullableMembers).doesNotContainAnyElementsOf(neverNullMembers);
    }

    private static boolean admitsNull(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isString() && type.asString().equals("null")) return true;
        if (type.isArray()) {
            for (JsonNode one : type) if (one.asString().equals("null")) return true;
        }
        if (property.path("nullable").asBoolean(false)) return true;
        for (JsonNode alternative : property.path("oneOf")) if (admitsNull(alternative)) return true;
        for (JsonNode alternative : property.path("anyOf")) if (admitsNull(alternative)) return true;
        return false;
    }

    private static void save(String name, String body) {
        try {
            Path saved = Path.of("target", "openapi", name + ".json");
            Files.createDirectories(saved.getParent());
            Files.writeString(saved, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
