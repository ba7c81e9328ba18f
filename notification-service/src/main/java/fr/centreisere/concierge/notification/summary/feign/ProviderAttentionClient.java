package fr.centreisere.concierge.notification.summary.feign;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

/** provider-service, found through Eureka by name unless {@code concierge.clients.provider-url} is set. */
@FeignClient(name = "provider-service", contextId = "providerAttention", url = "${concierge.clients.provider-url:}")
interface ProviderAttentionClient {

    @GetMapping("/internal/attention")
    AttentionAnswer attention();
}
