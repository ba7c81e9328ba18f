package fr.centreisere.concierge.catalog.coverage.mongo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The last known coverage: one document, replaced as a whole by each newer snapshot, so a reader always sees
 * one consistent snapshot. {@code receivedAt} is when this catalog instance stored it.
 */
@Document("coverage")
record CoverageSnapshotDocument(@Id String id, Instant asOf, Instant receivedAt, List<ServiceCoverage> services) {

    static final String LATEST = "latest";

    record ServiceCoverage(String serviceId, List<String> communes) {
    }

    static CoverageSnapshotDocument of(CoverageSnapshot snapshot, Instant receivedAt) {
        List<ServiceCoverage> services = snapshot.communesByService().entrySet().stream()
                .map(entry -> new ServiceCoverage(entry.getKey(), entry.getValue().stream().sorted().toList()))
                .toList();
        return new CoverageSnapshotDocument(LATEST, snapshot.asOf(), receivedAt, services);
    }

    CoverageSnapshot toSnapshot() {
        Map<String, Set<String>> communesByService = new LinkedHashMap<>();
        services.forEach(service -> communesByService.put(service.serviceId(), Set.copyOf(service.communes())));
        return new CoverageSnapshot(asOf, communesByService);
    }
}
