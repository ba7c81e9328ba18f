package fr.centreisere.concierge.provider.job.feign;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** order-service's internal API, as far as we call it (docs/INTERNAL-API.md). */
@FeignClient(name = "order-service", url = "${concierge.order-service.url:}")
interface OrderServiceClient {

    @PostMapping(path = "/internal/orders/{orderId}/job-events", consumes = "application/json")
    void jobEvent(@PathVariable("orderId") String orderId, @RequestBody JobEventMessage event);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JobEventMessage(String eventId, String type, String jobId, String memberId, String memberName,
            Instant occurredAt, String reason, Double hoursWorked, Double insertionHours, String unassignedReason) {
    }

    /** The visit of an order's accepted job, for the member holding it (404 for any other): breaker OrderServiceClientvisitStringString. */
    @GetMapping(path = "/internal/orders/{orderId}/visit", produces = "application/json")
    VisitMessage visit(@PathVariable("orderId") String orderId, @RequestParam("memberId") String memberId);

    record VisitMessage(String orderId, String customerName, String phone, AddressMessage address,
            String communeInsee, CompanySiteMessage companySite, String notes) {
    }

    record AddressMessage(String line1, String line2, String postalCode) {
    }

    record CompanySiteMessage(String name, String companyName) {
    }
}
