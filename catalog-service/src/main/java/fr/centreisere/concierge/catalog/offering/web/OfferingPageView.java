package fr.centreisere.concierge.catalog.offering.web;

import java.time.Instant;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.SearchResult;
import fr.centreisere.concierge.platform.page.Page;
import org.jspecify.annotations.Nullable;

/**
 * A page of services (each a full {@link OfferingView} or, asked for, an {@link OfferingSummaryView}): the API's
 * page envelope (the platform's {@link Page}, its members written at this level) plus {@code coverageAsOf}, the
 * age of the coverage the {@code commune} filter used (null until the catalog has received one).
 */
record OfferingPageView<T>(@JsonUnwrapped Page<T> page, @Nullable Instant coverageAsOf) {

    static OfferingPageView<OfferingView> of(SearchResult result) {
        return of(result, OfferingView::of);
    }

    static <T> OfferingPageView<T> of(SearchResult result, Function<Offering, T> view) {
        return new OfferingPageView<>(result.page().map(view), result.coverageAsOf().orElse(null));
    }
}
