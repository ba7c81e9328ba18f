package fr.centreisere.concierge.catalog.category;

import static org.assertj.core.api.Assertions.assertThat;

import fr.centreisere.concierge.platform.text.CategoryNames;
import org.junit.jupiter.api.Test;

/** The names the other services' files give the categories are the catalog's own (issue 16). */
class CategoryNamesTest {

    @Test
    void everyCategoryHasTheCatalogsNamesInThePlatform() {
        for (Category category : Category.values()) {
            assertThat(CategoryNames.french(category.code())).isEqualTo(category.label().fr());
            assertThat(CategoryNames.english(category.code())).isEqualTo(category.label().en());
        }
        assertThat(CategoryNames.french("NEW_ONE")).isEqualTo("NEW_ONE");
    }
}
