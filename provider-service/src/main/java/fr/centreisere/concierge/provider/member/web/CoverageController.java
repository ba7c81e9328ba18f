package fr.centreisere.concierge.provider.member.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.centreisere.concierge.provider.member.Coverage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For catalog-service: which services are available in which communes (docs/INTERNAL-API.md). */
@RestController
class CoverageController {

    private final Coverage coverage;

    CoverageController(Coverage coverage) {
        this.coverage = coverage;
    }

    record ServiceCoverageView(String serviceId, Set<String> communes) {
    }

    record CoverageView(Instant asOf, List<ServiceCoverageView> services) {
    }

    @GetMapping("/internal/coverage")
    CoverageView coverage() {
        Coverage.Snapshot snapshot = coverage.now();
        return new CoverageView(snapshot.asOf(), snapshot.services().stream()
                .map(s -> new ServiceCoverageView(s.serviceId(), s.communes())).toList());
    }
}
