package fr.centreisere.concierge.platform.outbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message that needs attention, as reported to coordinators ({@code GET /internal/attention}):
 * {@code since} is when it was written; {@code givenUp} whether it will never be tried again.
 */
public record StuckMessage(String owner, String messageId, String destination, String kind, int attempts,
        @Nullable String lastError, @Nullable Integer lastStatus, Instant since, boolean givenUp) {

    public static StuckMessage of(String owner, OutboxMessage message) {
        return new StuckMessage(owner, message.id(), message.destination(), message.kind(), message.attempts(),
                message.lastError(), message.lastStatus(), message.createdAt(), message.givenUp());
    }
}
