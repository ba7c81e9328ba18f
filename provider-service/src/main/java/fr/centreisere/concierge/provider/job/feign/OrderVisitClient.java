package fr.centreisere.concierge.provider.job.feign;

import java.util.Optional;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * order-service's visit of an order's accepted job, for the member holding it (docs/INTERNAL-API.md). A 404
 * (not that member's, or not yet heard of the acceptance) is an answer, empty, and never opens the breaker
 * {@code OrderVisitClientvisitStringString}; a client of its own so that it has its own timeouts.
 */
@FeignClient(name = "order-service", contextId = "orderVisits", url = "${concierge.order-service.url:}", dismiss404 = true)
interface OrderVisitClient {

    @GetMapping(path = "/internal/orders/{orderId}/visit", produces = "application/json")
    Optional<VisitMessage> visit(@PathVariable("orderId") String orderId, @RequestParam("memberId") String memberId);

    record VisitMessage(String orderId, String customerName, String phone, AddressMessage address,
            String communeInsee, CompanySiteMessage companySite, String notes) {
    }

    record AddressMessage(String line1, String line2, String postalCode) {
    }

    record CompanySiteMessage(String name, String companyName) {
    }
}
