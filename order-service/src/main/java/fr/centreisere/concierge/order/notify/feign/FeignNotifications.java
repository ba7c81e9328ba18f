package fr.centreisere.concierge.order.notify.feign;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.centreisere.concierge.platform.outbox.FeignFailures;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.outbox.OutboxSender;
import fr.centreisere.concierge.platform.outbox.SendResult;
import org.springframework.stereotype.Component;

/**
 * Sends a notification event: the message's id is the {@code eventId}, its payload the rest. 202 (new)
 * and 200 (known already) are delivered; the outbox's policy decides about the rest (400/422 final).
 * Timeouts and the circuit breaker come from the settings, like the provider client's.
 */
@Component
class FeignNotifications implements OutboxSender {

    private final NotificationClient client;

    FeignNotifications(NotificationClient client) {
        this.client = client;
    }

    @Override
    public SendResult send(String ownerId, OutboxMessage message) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", message.id());
        event.putAll(message.payload());
        try {
            client.event(event);
            return SendResult.delivered();
        } catch (RuntimeException failure) {
            return FeignFailures.of(failure);
        }
    }
}
