package fr.centreisere.concierge.provider.member.feign;

import java.util.Map;
import java.util.Optional;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * catalog-service's public service read ({@code GET /api/catalog/services/{id}}, docs/API.md), as far as
 * we call it. A 404 is an answer (empty), not a failure: it never opens the breaker.
 */
@FeignClient(name = "catalog-service", contextId = "catalogServices", url = "${concierge.catalog.url:}", dismiss404 = true)
interface CatalogServiceClient {

    @GetMapping("/api/catalog/services/{serviceId}")
    Optional<Map<String, Object>> service(@PathVariable("serviceId") String serviceId);

    /** A page {@code {content:[{id, title:{fr, en}, category, …}], page, size, totalElements}} of active services. */
    @GetMapping("/api/catalog/services")
    Map<String, Object> services(@RequestParam("page") int page, @RequestParam("size") int size);
}
