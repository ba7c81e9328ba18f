package fr.centreisere.concierge.order.catalog.feign;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * catalog-service's internal offer (docs/INTERNAL-API.md). Found through Eureka, or at
 * {@code concierge.clients.catalog-url} when set (tests: WireMock). A 404 is an answer (no such
 * service), not a failure: it does not count against the circuit breaker
 * ({@code CatalogClientofferStringString}). The postal codes of a commune come with the offer
 * ({@code communePostalCodes}) or, from a catalog that does not send them, from the public commune
 * record.
 */
@FeignClient(name = "catalog-service", contextId = "catalogClient", url = "${concierge.clients.catalog-url:}",
        dismiss404 = true)
interface CatalogClient {

    @GetMapping("/internal/services/{serviceId}/offer")
    Optional<OfferResponse> offer(@PathVariable("serviceId") String serviceId, @RequestParam("commune") String commune);

    /** The public commune record, for its postal codes when the offer does not carry them. */
    @GetMapping("/api/catalog/communes/{inseeCode}")
    Optional<CommuneResponse> commune(@PathVariable("inseeCode") String inseeCode);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommuneResponse(@Nullable String inseeCode, @Nullable List<String> postalCodes) {
    }
}
