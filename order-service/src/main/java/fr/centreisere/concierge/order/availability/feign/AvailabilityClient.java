package fr.centreisere.concierge.order.availability.feign;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * provider-service's internal availability (docs/INTERNAL-API.md). Found through Eureka, or at
 * {@code concierge.clients.provider-url} when set (tests: WireMock). Its own timeouts
 * ({@code spring.cloud.openfeign.client.config.availabilityClient}): it is asked while a resident waits.
 * Breaker {@code AvailabilityClientfreePlacesStringStringStringint}.
 */
@FeignClient(name = "provider-service", contextId = "availabilityClient", url = "${concierge.clients.provider-url:}")
interface AvailabilityClient {

    @GetMapping("/internal/availability")
    @Nullable AvailabilityAnswer freePlaces(@RequestParam("serviceId") String serviceId,
            @RequestParam("commune") String commune, @RequestParam("from") String from, @RequestParam("days") int days);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AvailabilityAnswer(@Nullable String serviceId, @Nullable String communeInsee, @Nullable List<Day> days) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Day(@Nullable String date, @Nullable Integer freePlaces) {
    }
}
