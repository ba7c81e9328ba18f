package fr.centreisere.concierge.catalog.category.web;

import java.util.Arrays;
import java.util.List;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.platform.page.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The categories of services with their French and English labels, all in one page. */
@RestController
@RequestMapping("/api/catalog/categories")
class CategoryController {

    /** The service categories, with their names in French and English; anyone may read them. */
    @GetMapping
    Page<CategoryView> list() {
        List<CategoryView> all = Arrays.stream(Category.values()).map(CategoryView::of).toList();
        return new Page<>(all, 0, all.size(), all.size());
    }
}
