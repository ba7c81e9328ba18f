package fr.centreisere.concierge.provider.job.feign;

import java.util.Map;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** notification-service's internal API, as far as we call it (docs/INTERNAL-API.md, issue 13). */
@FeignClient(name = "notification-service", url = "${concierge.notification-service.url:}")
interface NotificationServiceClient {

    /** One event, in the contract's shape ({@code eventId, kind, occurredAt, to, link, data}). */
    @PostMapping(path = "/internal/notifications/events", consumes = "application/json")
    void event(@RequestBody Map<String, Object> event);
}
