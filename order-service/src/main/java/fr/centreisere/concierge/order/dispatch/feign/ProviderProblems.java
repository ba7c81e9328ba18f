package fr.centreisere.concierge.order.dispatch.feign;

import java.util.ArrayList;
import java.util.List;

import feign.FeignException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads provider-service's refusals: its problem document's {@code detail}, with the fields at fault
 * ({@code errors}) when it lists them, and its {@code code} and {@code reasons} (a member that does not
 * fit). What cannot be read is told by its status, never as raw JSON.
 */
final class ProviderProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST = 300;

    private ProviderProblems() {
    }

    /** The 4xx answer inside {@code error}, if any (a 5xx, a timeout or an open circuit have none). */
    static FeignException.@Nullable FeignClientException clientError(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof FeignException.FeignClientException refused) {
                return refused;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    static String detail(FeignException refused) {
        JsonNode problem = read(refused);
        String detail = problem == null ? "" : text(problem, "detail");
        if (detail.isBlank() && problem != null) {
            detail = text(problem, "title");
        }
        if (detail.isBlank()) {
            detail = "provider-service a répondu %d / provider-service answered %d".formatted(refused.status(),
                    refused.status());
        }
        if (problem != null && problem.path("errors").isArray()) {
            List<String> fields = new ArrayList<>();
            for (JsonNode error : problem.path("errors")) {
                String field = text(error, "field");
                String message = text(error, "message");
                if (!field.isBlank()) {
                    fields.add(message.isBlank() ? field : field + " : " + message);
                }
            }
            if (!fields.isEmpty()) {
                detail = detail + " (" + String.join(" ; ", fields) + ")";
            }
        }
        return detail.length() > LONGEST ? detail.substring(0, LONGEST) : detail;
    }

    /** The problem's {@code reasons} (a member that does not fit), empty when none. */
    static List<String> reasons(FeignException refused) {
        JsonNode problem = read(refused);
        List<String> reasons = new ArrayList<>();
        if (problem != null && problem.path("reasons").isArray()) {
            problem.path("reasons").forEach(reason -> reasons.add(reason.asString()));
        }
        return reasons;
    }

    static String code(FeignException refused) {
        JsonNode problem = read(refused);
        return problem == null ? "" : text(problem, "code");
    }

    private static @Nullable JsonNode read(FeignException refused) {
        String body = refused.contentUTF8();
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString().trim() : "";
    }
}
