package fr.centreisere.concierge.provider.job;

import java.time.Instant;

/** What the two lanes of a job's outbox (outcomes to order-service, notices to notification-service) have alike. */
public interface OutboxEntry {

    String ORDER_SERVICE = "order-service";
    String NOTIFICATION_SERVICE = "notification-service";

    /** Tried this many times without success, a message is shown to coordinators. */
    int ATTENTION_AFTER = 3;

    String eventId();

    String destination();

    String kindName();

    Instant occurredAt();

    Instant deliveredAt();

    int attempts();

    Instant nextAttemptAt();

    Instant refusedAt();

    String lastError();

    /** Delivered, or refused for good: nothing more to send. */
    default boolean settled() {
        return deliveredAt() != null || refusedAt() != null;
    }

    /** Refused, or tried {@link #ATTENTION_AFTER} times or more without success: coordinators should look. */
    default boolean needsAttention() {
        return refusedAt() != null || (deliveredAt() == null && attempts() >= ATTENTION_AFTER);
    }
}
