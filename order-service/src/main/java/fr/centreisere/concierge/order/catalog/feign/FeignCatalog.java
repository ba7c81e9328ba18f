package fr.centreisere.concierge.order.catalog.feign;

import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.order.catalog.Catalog;
import fr.centreisere.concierge.order.catalog.CatalogUnavailable;
import fr.centreisere.concierge.order.catalog.ServiceOffer;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.stereotype.Component;

/**
 * The catalog through OpenFeign, with a timeout, a Resilience4j circuit breaker and, since these are
 * reads, a retry with backoff ({@link RetryableCatalogFailure}: not while the circuit is open). Any failure (an
 * error status, a timeout, an open circuit, an answer without a price) is {@link CatalogUnavailable}.
 * There is no fallback: an order is never priced from a guess.
 */
@Component
class FeignCatalog implements Catalog {

    static final String RETRY = "catalog-offer";

    private final CatalogClient client;
    private final Retry retry;

    FeignCatalog(CatalogClient client, RetryRegistry retries) {
        this.client = client;
        this.retry = retries.retry(RETRY);
    }

    @Override
    public Optional<ServiceOffer> offer(String serviceId, String communeInsee) {
        if (!IdPatterns.isSafePathSegment(serviceId) || !IdPatterns.matches(IdPatterns.INSEE, communeInsee)) {
            return Optional.empty(); // no such service: never a request to another address of the catalog
        }
        Optional<OfferResponse> answer;
        try {
            answer = retry.executeSupplier(() -> client.offer(serviceId, communeInsee));
        } catch (RuntimeException e) {
            throw new CatalogUnavailable("catalog-service did not give the offer of " + serviceId, e);
        }
        return answer == null ? Optional.empty() : answer.map(offer -> toOffer(serviceId, communeInsee, offer));
    }

    /** The commune's postal codes: from the offer, else from the commune record; none for a commune out of the territory. */
    private List<String> postalCodes(String communeInsee, OfferResponse offer) {
        if (offer.communePostalCodes() != null && !offer.communePostalCodes().isEmpty()) {
            return offer.communePostalCodes();
        }
        if (!IdPatterns.matches(IdPatterns.INSEE, communeInsee)) {
            return List.of();
        }
        Optional<CatalogClient.CommuneResponse> commune;
        try {
            commune = retry.executeSupplier(() -> client.commune(communeInsee));
        } catch (RuntimeException e) {
            throw new CatalogUnavailable("catalog-service did not give the postal codes of " + communeInsee, e);
        }
        return commune == null ? List.of()
                : commune.map(found -> found.postalCodes() == null ? List.<String>of() : found.postalCodes()).orElse(List.of());
    }

    private ServiceOffer toOffer(String serviceId, String communeInsee, OfferResponse offer) {
        if (offer.unitPriceCents() == null || offer.vatRatePercent() == null || offer.minQuantity() == null
                || offer.maxQuantity() == null || offer.leadTimeHours() == null || offer.active() == null
                || offer.availableInCommune() == null || offer.commissionRatePercent() == null
                || offer.category() == null) {
            throw new CatalogUnavailable("catalog-service gave an incomplete offer of " + serviceId, null);
        }
        // what provider-service's dispatch reads must be valid before an order is stored (issue 11)
        if (offer.category().isBlank() || offer.unitPriceCents() < 0 || offer.vatRatePercent().signum() < 0
                || offer.commissionRatePercent().signum() < 0 || offer.minQuantity() < 1
                || offer.maxQuantity() < offer.minQuantity() || offer.leadTimeHours() < 0) {
            throw new CatalogUnavailable("catalog-service gave an offer of " + serviceId + " that cannot be priced", null);
        }
        ServiceOffer.Audience audience;
        try {
            audience = offer.audience() == null ? ServiceOffer.Audience.ALL : ServiceOffer.Audience.valueOf(offer.audience());
        } catch (IllegalArgumentException unknown) {
            audience = ServiceOffer.Audience.ALL;
        }
        String fr = offer.title() != null && offer.title().fr() != null ? offer.title().fr() : serviceId;
        String en = offer.title() != null && offer.title().en() != null ? offer.title().en() : fr;
        return new ServiceOffer(offer.serviceId() != null ? offer.serviceId() : serviceId, fr, en, offer.category(),
                offer.priceModel(), offer.unitPriceCents(), offer.vatRatePercent(), offer.minQuantity(),
                offer.maxQuantity(), offer.leadTimeHours(), audience, offer.active(), offer.availableInCommune(),
                offer.commissionRatePercent(),
                offer.availableInCommune() ? postalCodes(communeInsee, offer) : List.of(), offer.communeName());
    }
}
