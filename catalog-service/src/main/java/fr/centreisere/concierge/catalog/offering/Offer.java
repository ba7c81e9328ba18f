package fr.centreisere.concierge.catalog.offering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * What order-service needs to price an order of a service in a commune: the service, whether it is available
 * there (per the last known coverage, of age {@code coverageAsOf}) and the pole's commission rate on it.
 */
public record Offer(Offering offering, boolean availableInCommune, BigDecimal commissionRatePercent,
        Optional<Instant> coverageAsOf) {
}
