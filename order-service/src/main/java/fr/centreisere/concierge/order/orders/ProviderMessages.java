package fr.centreisere.concierge.order.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;

/**
 * The order's messages to provider-service, as platform outbox messages (destination and lane
 * {@code provider-service}). What each kind carries in its payload: {@code CANCEL} its {@code reason} and {@code by};
 * {@code REASSIGN} the {@code memberId}, the deciding coordinator in {@code reason}, and
 * {@code overrideReason} when the coordinator overrode a member that does not fit; {@code RESCHEDULE}
 * the {@code previousSlot} (the order holds the new one), given back to the order if provider-service
 * refuses. A delivered {@code DISPATCH} or {@code RESCHEDULE} keeps provider-service's answer
 * ({@code jobId}, {@code jobState}, {@code memberId}, {@code unassignedReason}).
 */
public final class ProviderMessages {

    public static final String DESTINATION = "provider-service";

    public enum Kind { DISPATCH, CANCEL, REASSIGN, RESCHEDULE }

    private ProviderMessages() {
    }

    static OutboxMessage of(String id, Kind kind, @Nullable String memberId, @Nullable String reason,
            @Nullable String overrideReason, @Nullable Slot previousSlot, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        put(payload, "memberId", memberId);
        put(payload, "reason", reason);
        put(payload, "overrideReason", overrideReason);
        if (previousSlot != null) {
            payload.put("previousSlot", Map.of("date", previousSlot.date().toString(),
                    "from", previousSlot.from().toString(), "to", previousSlot.to().toString()));
        }
        return OutboxMessage.pending(id, DESTINATION, kind.name(), payload, now);
    }

    /**
     * A cancel, with who cancelled ({@code CUSTOMER} or {@code COORDINATOR}), which provider-service tells the
     * member, and the reason they typed, if any.
     */
    static OutboxMessage cancel(String id, @Nullable String reason, String by, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        put(payload, "reason", reason);
        payload.put("by", by);
        return OutboxMessage.pending(id, DESTINATION, Kind.CANCEL.name(), payload, now);
    }

    /** Who cancelled; {@code SYSTEM} for a cancel stored before it was recorded. */
    public static String by(OutboxMessage message) {
        String by = message.text("by");
        return by == null ? "SYSTEM" : by;
    }

    public static boolean isProviderMessage(OutboxMessage message) {
        return DESTINATION.equals(message.destination());
    }

    public static Kind kindOf(OutboxMessage message) {
        return Kind.valueOf(message.kind());
    }

    public static @Nullable String memberId(OutboxMessage message) {
        return message.text("memberId");
    }

    public static @Nullable String reason(OutboxMessage message) {
        return message.text("reason");
    }

    public static @Nullable String overrideReason(OutboxMessage message) {
        return message.text("overrideReason");
    }

    public static @Nullable Slot previousSlot(OutboxMessage message) {
        if (!(message.payload().get("previousSlot") instanceof Map<?, ?> slot)) {
            return null;
        }
        return new Slot(LocalDate.parse(String.valueOf(slot.get("date"))),
                LocalTime.parse(String.valueOf(slot.get("from"))), LocalTime.parse(String.valueOf(slot.get("to"))));
    }

    /** provider-service's answer to a delivered dispatch or reschedule, as the job event it amounts to. */
    static Optional<JobEvent> answerOf(OutboxMessage delivered, Instant now) {
        Map<String, Object> answer = delivered.answer();
        if (answer == null || answer.get("jobState") == null) {
            return Optional.empty();
        }
        String memberId = answer.get("memberId") == null ? null : String.valueOf(answer.get("memberId"));
        String jobId = answer.get("jobId") == null ? null : String.valueOf(answer.get("jobId"));
        String reason = answer.get("unassignedReason") == null ? null : String.valueOf(answer.get("unassignedReason"));
        return JobEventType.ofJobState(String.valueOf(answer.get("jobState")))
                .map(type -> new JobEvent("dispatch-answer-" + delivered.id(), type, jobId, memberId, now, null,
                        UnassignedReason.ofCode(reason).orElse(null)));
    }

    private static void put(Map<String, Object> payload, String key, @Nullable Object value) {
        if (value != null) {
            payload.put(key, value);
        }
    }
}
