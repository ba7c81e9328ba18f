package fr.centreisere.concierge.order.dispatch.feign;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.centreisere.concierge.order.dispatch.feign.ProviderClient.DispatchAnswer;
import fr.centreisere.concierge.order.dispatch.feign.ProviderClient.SlotBody;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * provider-service's endpoints on an existing job (issue 11, docs/INTERNAL-API.md): whether a member fits
 * it, and moving it to a new slot. Unlike {@link ProviderClient}, a 404 is an error here (provider-service
 * has no job for the order), told apart by the adapters. Breakers: {@code ProviderJobClientfitStringString},
 * {@code ProviderJobClientrescheduleStringRescheduleBody}.
 */
@FeignClient(name = "provider-service", contextId = "providerJobClient", url = "${concierge.clients.provider-url:}")
interface ProviderJobClient {

    @GetMapping("/internal/dispatches/{orderId}/fit")
    @Nullable FitAnswer fit(@PathVariable("orderId") String orderId, @RequestParam("memberId") String memberId);

    @PostMapping("/internal/dispatches/{orderId}/reschedule")
    @Nullable DispatchAnswer reschedule(@PathVariable("orderId") String orderId, @RequestBody RescheduleBody body);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FitAnswer(@Nullable String memberId, @Nullable Boolean fits, @Nullable List<String> reasons) {
    }

    record RescheduleBody(SlotBody slot) {
    }
}
