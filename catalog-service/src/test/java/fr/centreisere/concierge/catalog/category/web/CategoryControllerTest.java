package fr.centreisere.concierge.catalog.category.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.centreisere.concierge.catalog.system.CatalogAccessRules;
import fr.centreisere.concierge.testsupport.WithoutMongoServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = CategoryController.class)
@Import(CatalogAccessRules.class)
@WithoutMongoServer
class CategoryControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheNineCategoriesWithFrenchAndEnglishLabelsToAnyone() throws Exception {
        mvc.perform(get("/api/catalog/categories"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(9))
                .andExpect(jsonPath("$.content.length()").value(9))
                .andExpect(jsonPath("$.content[1].code").value("BIKE_RENTAL"))
                .andExpect(jsonPath("$.content[1].label.fr").value("Location de vélos"))
                .andExpect(jsonPath("$.content[1].label.en").value("Bike rental"));
    }
}
