package fr.centreisere.concierge.catalog.offering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What order-service needs to price an order of a service in a commune: the service, whether it is available
 * there (per the last known coverage, of age {@code coverageAsOf}), the pole's commission rate on it, and
 * the postal codes and the name of the commune (none for a commune outside the territory).
 */
public record Offer(Offering offering, boolean availableInCommune, BigDecimal commissionRatePercent,
        Optional<Instant> coverageAsOf, List<String> communePostalCodes, Optional<String> communeName) {

    public Offer {
        communePostalCodes = List.copyOf(communePostalCodes);
    }
}
