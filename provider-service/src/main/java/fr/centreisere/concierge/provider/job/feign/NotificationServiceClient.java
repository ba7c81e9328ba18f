package fr.centreisere.concierge.provider.job.feign;

import fr.centreisere.concierge.provider.job.NoticeMessage;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** notification-service's internal API, as far as we call it (docs/INTERNAL-API.md, issue 13). */
@FeignClient(name = "notification-service", url = "${concierge.notification-service.url:}")
interface NotificationServiceClient {

    @PostMapping(path = "/internal/notifications/events", consumes = "application/json")
    void event(@RequestBody NoticeMessage event);
}
