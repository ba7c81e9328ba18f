package fr.centreisere.concierge.catalog.coverage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which communes each service reaches, as provider-service saw it at {@code asOf} (to the millisecond). A
 * service absent from the snapshot, or with no commune, is available nowhere.
 */
public record CoverageSnapshot(Instant asOf, Map<String, Set<String>> communesByService) {

    public CoverageSnapshot {
        asOf = Objects.requireNonNull(asOf, "asOf").truncatedTo(ChronoUnit.MILLIS); // what a database date keeps
        Map<String, Set<String>> copy = new TreeMap<>();
        communesByService.forEach((serviceId, communes) -> {
            if (!communes.isEmpty()) {
                copy.merge(serviceId, Set.copyOf(communes), (a, b) -> {
                    Set<String> union = new TreeSet<>(a);
                    union.addAll(b);
                    return Set.copyOf(union);
                });
            }
        });
        communesByService = Collections.unmodifiableMap(copy);
    }

    public boolean covers(String serviceId, String inseeCode) {
        return communesByService.getOrDefault(serviceId, Set.of()).contains(inseeCode);
    }

    /** The ids of the services available in a commune. */
    public Set<String> servicesAvailableIn(String inseeCode) {
        Set<String> ids = new TreeSet<>();
        communesByService.forEach((serviceId, communes) -> {
            if (communes.contains(inseeCode)) {
                ids.add(serviceId);
            }
        });
        return ids;
    }

    public boolean isNewerThan(CoverageSnapshot other) {
        return asOf.isAfter(other.asOf);
    }
}
