package fr.centreisere.concierge.catalog.offering.web;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.centreisere.concierge.catalog.offering.CreateOffering;
import fr.centreisere.concierge.catalog.offering.SearchOfferings;
import fr.centreisere.concierge.catalog.offering.ShowOffering;
import fr.centreisere.concierge.catalog.offering.UpdateOffering;
import fr.centreisere.concierge.testsupport.WithoutMongoServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without the catalog's path rules (as if someone loosened them by mistake), the editing endpoints still
 * refuse anyone but a coordinator: {@link CatalogEditing} checks it on the methods themselves.
 */
@WebMvcTest(controllers = OfferingController.class)
@WithoutMongoServer
class CatalogEditingTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SearchOfferings searchOfferings;
    @MockitoBean
    ShowOffering showOffering;
    @MockitoBean
    CreateOffering createOffering;
    @MockitoBean
    UpdateOffering updateOffering;

    @Test
    void aSignedInResidentStillCannotCreateAService() throws Exception {
        mvc.perform(OfferingControllerTest.as("RESIDENT", post("/api/catalog/services"))
                        .contentType(MediaType.APPLICATION_JSON).content(OfferingControllerTest.validBody()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(createOffering);
    }

    @Test
    void aCoordinatorCan() throws Exception {
        mvc.perform(OfferingControllerTest.asCoordinator(post("/api/catalog/services"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }
}
