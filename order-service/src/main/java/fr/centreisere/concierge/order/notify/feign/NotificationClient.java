package fr.centreisere.concierge.order.notify.feign;

import java.util.Map;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * notification-service's event intake, found through Eureka by name or at
 * {@code concierge.clients.notification-url} when set. No retry here: the outbox retries.
 */
@FeignClient(name = "notification-service", contextId = "notificationClient",
        url = "${concierge.clients.notification-url:}")
interface NotificationClient {

    @PostMapping(path = "/internal/notifications/events", consumes = "application/json")
    ResponseEntity<Void> event(@RequestBody Map<String, Object> event);
}
