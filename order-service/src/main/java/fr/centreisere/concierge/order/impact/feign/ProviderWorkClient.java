package fr.centreisere.concierge.order.impact.feign;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * provider-service's {@code POST /internal/work} (docs/INTERNAL-API.md): the work reported for some orders.
 * Breaker: {@code ProviderWorkClientworkWorkQuery}.
 */
@FeignClient(name = "provider-service", contextId = "providerWorkClient", url = "${concierge.clients.provider-url:}")
interface ProviderWorkClient {

    @PostMapping("/internal/work")
    @Nullable WorkAnswer work(@RequestBody WorkQuery query);

    record WorkQuery(List<String> orderIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WorkAnswer(@Nullable List<Work> work) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Work(@Nullable String orderId, @Nullable String memberId, @Nullable String memberName,
            @Nullable String structureType, @Nullable String category, @Nullable BigDecimal hoursWorked,
            @Nullable BigDecimal insertionHours) {
    }
}
