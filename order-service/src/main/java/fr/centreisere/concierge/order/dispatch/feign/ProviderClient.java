package fr.centreisere.concierge.order.dispatch.feign;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * provider-service's internal dispatch endpoints (docs/INTERNAL-API.md). Found through Eureka, or at
 * {@code concierge.clients.provider-url} when set. No retry here: the order's outbox retries.
 */
@FeignClient(name = "provider-service", contextId = "providerClient", url = "${concierge.clients.provider-url:}",
        dismiss404 = true)
interface ProviderClient {

    @PostMapping("/internal/dispatches")
    @Nullable DispatchAnswer dispatch(@RequestBody DispatchBody body);

    /** 200, or 404 when provider-service never heard of the order (dismissed: not a failure). */
    @PostMapping("/internal/dispatches/{orderId}/cancel")
    ResponseEntity<Void> cancel(@PathVariable("orderId") String orderId, @RequestBody CancelBody body);

    @PostMapping("/internal/dispatches/{orderId}/reassign")
    ResponseEntity<Void> reassign(@PathVariable("orderId") String orderId, @RequestBody ReassignBody body);

    /** ISO text: {@code 2026-12-03}, {@code 14:00}. */
    record SlotBody(String date, String from, String to) {
    }

    record DispatchBody(String orderId, String orderNumber, String serviceId, String serviceName, String category, String communeInsee,
            SlotBody slot, int quantity, long subtotalCents, long commissionCents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DispatchAnswer(@Nullable String orderId, @Nullable String jobId, @Nullable String state,
            @Nullable String memberId, @Nullable String unassignedReason) {
    }

    /** {@code by}: who cancelled ({@code CUSTOMER}, {@code COORDINATOR}, {@code SYSTEM}), told to the member's staff. */
    record CancelBody(@Nullable String reason, String by) {
    }

    /** {@code override}: the coordinator overrides a member that does not fit; {@code reason} then says why. */
    record ReassignBody(String memberId, String decidedBy, boolean override, @Nullable String reason) {
    }
}
