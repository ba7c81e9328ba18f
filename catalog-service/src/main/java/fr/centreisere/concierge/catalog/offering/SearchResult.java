package fr.centreisere.concierge.catalog.offering;

import java.time.Instant;
import java.util.Optional;

import fr.centreisere.concierge.platform.page.Page;

/** A page of services and the age of the coverage it was filtered with (empty if none was ever received). */
public record SearchResult(Page<Offering> page, Optional<Instant> coverageAsOf) {
}
