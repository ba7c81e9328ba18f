package fr.centreisere.concierge.catalog.browse;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingId;
import fr.centreisere.concierge.catalog.offering.OfferingQuery;
import fr.centreisere.concierge.catalog.territory.Commune;
import fr.centreisere.concierge.platform.page.Page;

/**
 * The whole catalog at one version of the store: every service (with its search and sort keys computed once),
 * the communes and the last known coverage. Immutable: a change builds a new snapshot.
 */
final class CatalogSnapshot {

    /** The order of the store's browse index: category, French title without accents, id. */
    private static final Comparator<Entry> BROWSE_ORDER = Comparator.comparing((Entry entry) -> entry.category)
            .thenComparing(entry -> entry.sortTitle).thenComparing(entry -> entry.id);

    private final long version;
    private final long loadedAt;
    private final List<Entry> browseOrder;
    private final Map<OfferingId, Offering> offeringsById;
    private final Map<String, Commune> communesByCode;
    private final Optional<CoverageSnapshot> coverage;

    CatalogSnapshot(long version, long loadedAt, List<Offering> offerings, List<Commune> communes,
            Optional<CoverageSnapshot> coverage) {
        this.version = version;
        this.loadedAt = loadedAt;
        this.browseOrder = offerings.stream().map(Entry::new).sorted(BROWSE_ORDER).toList();
        this.offeringsById = offerings.stream().collect(Collectors.toUnmodifiableMap(Offering::id, Function.identity()));
        this.communesByCode = communes.stream()
                .collect(Collectors.toUnmodifiableMap(Commune::inseeCode, Function.identity()));
        this.coverage = coverage;
    }

    long version() {
        return version;
    }

    long loadedAt() {
        return loadedAt;
    }

    Optional<Offering> offering(OfferingId id) {
        return Optional.ofNullable(offeringsById.get(id));
    }

    Optional<Commune> commune(String inseeCode) {
        return Optional.ofNullable(inseeCode == null ? null : communesByCode.get(inseeCode));
    }

    Optional<CoverageSnapshot> coverage() {
        return coverage;
    }

    /** What the store's query gives for the same search: active services matching it, one page, in browse order. */
    Page<Offering> search(OfferingQuery query) {
        List<Offering> matching = browseOrder.stream().filter(entry -> entry.matches(query))
                .map(entry -> entry.offering).toList();
        if (matching.isEmpty()) {
            return Page.empty(query.page(), query.size());
        }
        long from = (long) query.page() * query.size();
        List<Offering> content = from >= matching.size() ? List.of()
                : matching.subList((int) from, (int) Math.min(matching.size(), from + query.size()));
        return new Page<>(content, query.page(), query.size(), matching.size());
    }

    /** A service with the keys the store keeps beside it (see {@code OfferingDocument}). */
    private static final class Entry {
        private final Offering offering;
        private final String id;
        private final String category;
        private final String sortTitle;
        private final String searchText;

        Entry(Offering offering) {
            this.offering = offering;
            this.id = offering.id().value();
            this.category = offering.details().category().name();
            this.sortTitle = offering.sortTitle();
            this.searchText = offering.searchText();
        }

        boolean matches(OfferingQuery query) {
            return offering.isActive()
                    && query.onlyIds().map(ids -> ids.contains(offering.id())).orElse(true)
                    && query.category().map(wanted -> wanted == offering.details().category()).orElse(true)
                    && query.audience().map(audience -> audience.shownTo().contains(offering.details().audience()))
                            .orElse(true)
                    // normalized words: a word matches when the normalized text holds it, as the store's regex does
                    && query.words().stream().allMatch(searchText::contains);
        }
    }
}
