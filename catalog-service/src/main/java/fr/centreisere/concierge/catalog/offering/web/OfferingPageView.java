package fr.centreisere.concierge.catalog.offering.web;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.SearchResult;

/**
 * A page of services (each a full {@link OfferingView} or, asked for, an {@link OfferingSummaryView}): the API's
 * page envelope plus {@code coverageAsOf}, the age of the coverage the {@code commune} filter used (null until
 * the catalog has received one).
 */
record OfferingPageView<T>(List<T> content, int page, int size, long totalElements, Instant coverageAsOf) {

    static OfferingPageView<OfferingView> of(SearchResult result) {
        return of(result, OfferingView::of);
    }

    static <T> OfferingPageView<T> of(SearchResult result, Function<Offering, T> view) {
        return new OfferingPageView<>(result.page().content().stream().map(view).toList(),
                result.page().page(), result.page().size(), result.page().totalElements(),
                result.coverageAsOf().orElse(null));
    }
}
