package fr.centreisere.concierge.catalog.category.web;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.web.TextView;

record CategoryView(String code, TextView label) {

    static CategoryView of(Category category) {
        return new CategoryView(category.code(), TextView.of(category.label()));
    }
}
