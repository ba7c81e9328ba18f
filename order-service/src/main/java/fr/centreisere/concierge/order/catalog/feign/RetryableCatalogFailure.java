package fr.centreisere.concierge.order.catalog.feign;

import java.util.function.Predicate;

import feign.FeignException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/**
 * Which failed reads of the catalog are worth trying again ({@code resilience4j.retry.instances.catalog-offer}):
 * a timeout, a refused connection, a 5xx; not an open circuit (the breaker is sparing the catalog) and
 * not a 4xx (the same question gets the same answer).
 */
public final class RetryableCatalogFailure implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CallNotPermittedException || cause instanceof FeignException.FeignClientException) {
                return false;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return true;
    }
}
