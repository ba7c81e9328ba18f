package fr.centreisere.concierge.catalog.offering;

import java.time.Instant;
import java.util.Optional;

/**
 * A service, whether it is available in the commune asked about (empty when none was asked), and the age of
 * the coverage that says so.
 */
public record OfferingAvailability(Offering offering, Optional<Boolean> availableInCommune,
        Optional<Instant> coverageAsOf) {
}
