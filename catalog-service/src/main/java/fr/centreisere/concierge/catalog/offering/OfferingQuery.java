package fr.centreisere.concierge.catalog.offering;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.centreisere.concierge.catalog.category.Category;

/**
 * A search of the catalog: only active services; optionally only some ids (those available in a commune),
 * a category, the services shown to an audience, and services whose text holds every word.
 */
public record OfferingQuery(Optional<Set<OfferingId>> onlyIds, Optional<Category> category,
        Optional<Audience> audience, List<String> words, int page, int size) {

    public static final int MAX_PAGE_SIZE = 100;

    public OfferingQuery {
        onlyIds = onlyIds.map(Set::copyOf);
        words = List.copyOf(words);
        if (page < 0) {
            throw new IllegalArgumentException("page cannot be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
