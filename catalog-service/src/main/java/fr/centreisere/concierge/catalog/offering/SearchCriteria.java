package fr.centreisere.concierge.catalog.offering;

import java.util.Optional;

import fr.centreisere.concierge.catalog.category.Category;

/** What someone browsing the catalog asks for; every part is optional but the page. */
public record SearchCriteria(Optional<String> commune, Optional<Category> category, Optional<Audience> audience,
        Optional<String> text, int page, int size) {
}
