package fr.centreisere.concierge.catalog.coverage.feign;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.CoverageUnavailable;
import fr.centreisere.concierge.catalog.coverage.LiveCoverage;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Reads the coverage from provider-service. The Feign call has its timeouts, circuit breaker and time
 * limiter (application.yml); around it, a retry with backoff, which stops at once when the breaker is open.
 * Every failure becomes {@link CoverageUnavailable}: the caller then serves the last known coverage.
 */
@Component
@EnableConfigurationProperties(CoverageClientProperties.class)
class FeignLiveCoverage implements LiveCoverage {

    private final ProviderCoverageClient client;
    private final Retry retry;

    FeignLiveCoverage(ProviderCoverageClient client, CoverageClientProperties properties) {
        this.client = client;
        this.retry = Retry.of("provider-coverage", RetryConfig.custom()
                .maxAttempts(properties.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.firstWait(), 2.0))
                .retryOnException(failure -> !breakerIsOpen(failure))
                .build());
    }

    @Override
    public CoverageSnapshot fetch() {
        ProviderCoverageClient.CoverageResponse response;
        try {
            response = retry.executeSupplier(client::coverage);
        } catch (RuntimeException failure) {
            throw new CoverageUnavailable(describe(failure), failure);
        }
        if (response == null || response.asOf() == null) {
            throw new CoverageUnavailable("provider-service answered without a coverage date", null);
        }
        return toSnapshot(response);
    }

    private static CoverageSnapshot toSnapshot(ProviderCoverageClient.CoverageResponse response) {
        Map<String, Set<String>> communesByService = new LinkedHashMap<>();
        List<ProviderCoverageClient.ServiceCoverage> services = response.services() == null ? List.of() : response.services();
        services.stream()
                .filter(service -> service != null && service.serviceId() != null && service.communes() != null)
                .forEach(service -> communesByService.merge(service.serviceId(),
                        Set.copyOf(service.communes().stream().filter(Objects::nonNull).toList()),
                        FeignLiveCoverage::union));
        return new CoverageSnapshot(response.asOf(), communesByService);
    }

    private static Set<String> union(Set<String> some, Set<String> others) {
        Set<String> union = new HashSet<>(some);
        union.addAll(others);
        return union;
    }

    private static boolean breakerIsOpen(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CallNotPermittedException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        if (breakerIsOpen(failure)) {
            return "provider-service's circuit breaker is open";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "provider-service did not answer the coverage: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
