package fr.centreisere.concierge.gateway.identity;

import java.util.Map;

import reactor.core.publisher.Mono;

/**
 * notification-service as the accounts' outboxes see it (port): it takes a notification event (the
 * mails of this feature) and a copy of an account for its directory. Never fails: every call completes
 * with what happened, so that the sweep knows whether to retry.
 */
public interface NotificationService {

    /** {@code POST /internal/notifications/events}. */
    Mono<Delivery> sendEvent(Map<String, Object> event);

    /** {@code PUT /internal/recipients/{userId}}. */
    Mono<Delivery> putRecipient(String userId, Map<String, Object> recipient);

    /** What became of one call. */
    record Delivery(Outcome outcome, String detail) {

        public static Delivery delivered() {
            return new Delivery(Outcome.DELIVERED, null);
        }
    }

    enum Outcome {
        /** A 2xx: taken (the event's id makes a second delivery harmless). */
        DELIVERED,
        /** A 400 or 422: it will never be taken; given up and reported. */
        REFUSED,
        /** Anything else, or no answer in time: tried again later. */
        FAILED
    }
}
