package fr.centreisere.concierge.order.catalog.feign;

import java.util.Optional;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * catalog-service's internal offer (docs/INTERNAL-API.md). Found through Eureka, or at
 * {@code concierge.clients.catalog-url} when set (tests: WireMock). A 404 is an answer (no such
 * service), not a failure: it does not count against the circuit breaker
 * ({@code CatalogClientofferStringString}).
 */
@FeignClient(name = "catalog-service", contextId = "catalogClient", url = "${concierge.clients.catalog-url:}",
        dismiss404 = true)
interface CatalogClient {

    @GetMapping("/internal/services/{serviceId}/offer")
    Optional<OfferResponse> offer(@PathVariable("serviceId") String serviceId, @RequestParam("commune") String commune);
}
