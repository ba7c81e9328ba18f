package fr.centreisere.concierge.catalog.offering;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import fr.centreisere.concierge.catalog.territory.Communes;
import fr.centreisere.concierge.catalog.territory.UnknownCommune;
import fr.centreisere.concierge.catalog.text.SearchKey;
import fr.centreisere.concierge.platform.page.Page;

/**
 * Browses the catalog. With a commune, only the services available there according to the last known
 * coverage; before any coverage was received, none is. Never waits on provider-service.
 */
public class SearchOfferings {

    private final Offerings offerings;
    private final Communes communes;
    private final KnownCoverage coverage;

    public SearchOfferings(Offerings offerings, Communes communes, KnownCoverage coverage) {
        this.offerings = offerings;
        this.communes = communes;
        this.coverage = coverage;
    }

    /** @throws UnknownCommune when the commune is not one of the territory's */
    public SearchResult search(SearchCriteria criteria) {
        criteria.commune().ifPresent(this::requireKnownCommune);
        Optional<CoverageSnapshot> snapshot = coverage.latest();
        Optional<Instant> asOf = snapshot.map(CoverageSnapshot::asOf);
        Optional<Set<OfferingId>> onlyIds = criteria.commune().map(commune -> snapshot
                .map(known -> known.servicesAvailableIn(commune).stream()
                        .filter(OfferingId::isWellFormed).map(OfferingId::new).collect(Collectors.toSet()))
                .orElse(Set.of()));
        if (onlyIds.isPresent() && onlyIds.get().isEmpty()) {
            return new SearchResult(Page.empty(criteria.page(), criteria.size()), asOf);
        }
        OfferingQuery query = new OfferingQuery(onlyIds, criteria.category(), criteria.audience(),
                SearchKey.words(criteria.text().orElse("")), criteria.page(), criteria.size());
        return new SearchResult(offerings.search(query), asOf);
    }

    private void requireKnownCommune(String inseeCode) {
        if (!communes.exists(inseeCode)) {
            throw new UnknownCommune(inseeCode);
        }
    }
}
