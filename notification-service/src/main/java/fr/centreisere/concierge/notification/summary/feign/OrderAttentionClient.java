package fr.centreisere.concierge.notification.summary.feign;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

/** order-service, found through Eureka by name unless {@code concierge.clients.order-url} is set; breaker and timeouts from application.yml. */
@FeignClient(name = "order-service", contextId = "orderAttention", url = "${concierge.clients.order-url:}")
interface OrderAttentionClient {

    @GetMapping("/internal/attention")
    AttentionAnswer attention();
}
