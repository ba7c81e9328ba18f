package fr.centreisere.concierge.order.dispatch.feign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import feign.FeignException;
import fr.centreisere.concierge.platform.i18n.Message;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads provider-service's refusals: its problem document's {@code code} and {@code args}, the fields at
 * fault ({@code errors}) when it lists them, and its {@code reasons} (a member that does not fit). Its
 * {@code detail} is not kept: it is in the language order-service's call asked for, not the reader's.
 * What cannot be read is told by its status, never as raw JSON.
 */
final class ProviderProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST = 300;

    /**
     * The codes of provider-service's refusals that order-service says from the bundle both services share
     * (service-platform's {@code i18n/platform*.properties}), with how many arguments each takes.
     */
    static final Map<String, Integer> SHARED = Map.of(
            "job.cannot.reassign", 2,
            "job.cannot.reschedule", 2,
            "job.cannot.give-up", 2,
            "job.not-found-for-order", 1,
            "job.not-found", 1,
            "job.changed-concurrently", 1,
            "member.not-found", 1);

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

    /**
     * What provider-service's refusal says, as a code order-service can say in any language: one of the codes
     * both services share ({@link #SHARED}, with the arguments its problem carries in {@code args}), the
     * fields at fault of a validation problem, the reasons a member does not fit; else its status.
     */
    static Message reason(FeignException refused) {
        JsonNode problem = read(refused);
        if (problem == null) {
            return Message.of("order.provider.refused", refused.status());
        }
        List<String> fields = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            String field = text(error, "field");
            if (!field.isBlank()) {
                fields.add(field);
            }
        }
        if (!fields.isEmpty()) {
            return Message.of("order.provider.refused.invalid", shortened(String.join(", ", fields)));
        }
        String code = text(problem, "code");
        if ("MEMBER_NOT_FIT".equals(code)) {
            return Message.of("order.provider.refused.member-not-fit", shortened(String.join(", ", reasons(refused))));
        }
        List<String> args = new ArrayList<>();
        problem.path("args").forEach(arg -> args.add(shortened(arg.asString())));
        Integer expected = SHARED.get(code);
        if (expected != null && expected == args.size()) {
            return new Message(code, List.copyOf(args));
        }
        return Message.of("order.provider.refused", refused.status());
    }

    private static String shortened(String text) {
        return text.length() > LONGEST ? text.substring(0, LONGEST) : text;
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
