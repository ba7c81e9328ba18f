package fr.centreisere.concierge.provider.member;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** For each service, the communes where at least one active member can do it: what the catalog shows. */
public class Coverage {

    private final Members members;
    private final Clock clock;

    public Coverage(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    public record ServiceCoverage(String serviceId, Set<String> communes) {
    }

    public record Snapshot(Instant asOf, List<ServiceCoverage> services) {
    }

    public Snapshot now() {
        Map<String, Set<String>> byService = new TreeMap<>();
        for (Member member : members.all()) {
            if (!member.active()) {
                continue;
            }
            for (Capability capability : member.capabilities()) {
                byService.computeIfAbsent(capability.serviceId(), s -> new TreeSet<>()).addAll(capability.communes());
            }
        }
        List<ServiceCoverage> services = byService.entrySet().stream()
                .map(e -> new ServiceCoverage(e.getKey(), java.util.Collections.unmodifiableSet(e.getValue())))
                .toList();
        return new Snapshot(clock.instant(), services);
    }
}
