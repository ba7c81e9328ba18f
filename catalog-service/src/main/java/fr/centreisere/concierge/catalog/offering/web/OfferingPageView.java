package fr.centreisere.concierge.catalog.offering.web;

import java.time.Instant;
import java.util.List;

import fr.centreisere.concierge.catalog.offering.SearchResult;

/**
 * A page of services: the API's page envelope plus {@code coverageAsOf}, the age of the coverage the
 * {@code commune} filter used (null until the catalog has received one).
 */
record OfferingPageView(List<OfferingView> content, int page, int size, long totalElements, Instant coverageAsOf) {

    static OfferingPageView of(SearchResult result) {
        return new OfferingPageView(result.page().content().stream().map(OfferingView::of).toList(),
                result.page().page(), result.page().size(), result.page().totalElements(),
                result.coverageAsOf().orElse(null));
    }
}
