package fr.centreisere.concierge.provider.member;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coordinators: for each active service of the catalog, the communes of the territory where no active
 * member has a capability for it (issue 14). A service no member does at all misses every commune; the
 * services come from the catalog, the capabilities and the 78 communes ({@link Territory}) from here.
 */
public class CoverageGaps {

    private final Coverage coverage;
    private final CatalogServices catalog;

    public CoverageGaps(Coverage coverage, CatalogServices catalog) {
        this.coverage = coverage;
        this.catalog = catalog;
    }

    public record Gap(CatalogServices.Service service, List<String> missing) {
    }

    /**
     * The services with at least one commune missing, most communes missing first.
     *
     * @throws CatalogServices.CatalogUnavailable when the catalog cannot list its services
     */
    public List<Gap> now(Caller caller) {
        caller.requireCoordinator();
        Map<String, Set<String>> covered = coverage.now().services().stream()
                .collect(Collectors.toMap(Coverage.ServiceCoverage::serviceId, Coverage.ServiceCoverage::communes));
        List<Gap> gaps = new ArrayList<>();
        for (CatalogServices.Service service : catalog.active()) {
            Set<String> here = covered.getOrDefault(service.id(), Set.of());
            List<String> missing = Territory.COMMUNES.stream().filter(c -> !here.contains(c))
                    .sorted(Comparator.comparing(Territory::nameOf)).toList();
            if (!missing.isEmpty()) {
                gaps.add(new Gap(service, missing));
            }
        }
        gaps.sort(Comparator.comparing((Gap g) -> -g.missing().size()).thenComparing(g -> g.service().id()));
        return gaps;
    }
}
