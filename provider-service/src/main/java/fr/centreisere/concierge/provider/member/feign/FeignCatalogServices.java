package fr.centreisere.concierge.provider.member.feign;

import fr.centreisere.concierge.provider.member.CatalogServices;
import org.springframework.stereotype.Component;

/**
 * {@link CatalogServices} over Feign, with connect and read timeouts and the circuit breaker
 * {@code CatalogServiceClientserviceString}; no retry (a person waits for the answer). Every failure
 * (an error status, a timeout, the breaker open) is {@link CatalogServices.CatalogUnavailable}.
 */
@Component
class FeignCatalogServices implements CatalogServices {

    private final CatalogServiceClient client;

    FeignCatalogServices(CatalogServiceClient client) {
        this.client = client;
    }

    @Override
    public boolean exists(String serviceId) {
        try {
            return client.service(serviceId).isPresent();
        } catch (RuntimeException failure) {
            throw new CatalogUnavailable("le catalogue ne répond pas / the catalog is not answering", failure);
        }
    }
}
