package fr.centreisere.concierge.platform.outbox;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What a {@link OutboxSender} says of one attempt. */
public sealed interface SendResult {

    /** The destination acknowledged the message; {@code answer} is kept in the message (may be empty). */
    record Delivered(Map<String, Object> answer) implements SendResult {
    }

    /**
     * Not acknowledged: {@code status} the HTTP status when there was an answer (null for a time-out,
     * a refused connection, an open breaker), {@code error} a short text for the report. Whether it is
     * tried again is the destination's {@link GiveUp} policy's to say.
     */
    record Failed(@Nullable Integer status, String error) implements SendResult {
    }

    static SendResult delivered() {
        return new Delivered(Map.of());
    }

    static SendResult delivered(Map<String, Object> answer) {
        return new Delivered(answer);
    }

    static SendResult failed(@Nullable Integer status, String error) {
        return new Failed(status, error);
    }
}
