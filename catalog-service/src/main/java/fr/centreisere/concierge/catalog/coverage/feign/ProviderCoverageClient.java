package fr.centreisere.concierge.catalog.coverage.feign;

import java.time.Instant;
import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * provider-service's coverage endpoint (docs/INTERNAL-API.md). Found through Eureka, unless
 * {@code catalog.coverage.provider-url} names it. Each call runs inside the circuit breaker
 * {@code ProviderCoverageClientcoverage} and its time limiter.
 */
@FeignClient(name = "provider-service", contextId = "providerCoverage", url = "${catalog.coverage.provider-url:}")
interface ProviderCoverageClient {

    @GetMapping("/internal/coverage")
    CoverageResponse coverage();

    record CoverageResponse(Instant asOf, List<ServiceCoverage> services) {
    }

    record ServiceCoverage(String serviceId, List<String> communes) {
    }
}
