package fr.centreisere.concierge.catalog.territory.web;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.catalog.system.CatalogAccessRules;
import fr.centreisere.concierge.catalog.territory.Commune;
import fr.centreisere.concierge.catalog.territory.CommuneFilter;
import fr.centreisere.concierge.catalog.territory.Communes;
import fr.centreisere.concierge.testsupport.WithoutMongoServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = CommuneController.class)
@Import(CatalogAccessRules.class)
@WithoutMongoServer
class CommuneControllerTest {

    private static final Commune VOIRON = new Commune("38563", "Voiron", List.of("38500"), 20_000, "243800984", "CA du Pays Voironnais");
    private static final Commune COUBLEVIE = new Commune("38133", "Coublevie", List.of("38500"), 5520, "243800984", "CA du Pays Voironnais");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Communes communes;

    @Test
    void listsTheCommunesToAnyoneInOnePage() throws Exception {
        given(communes.find(CommuneFilter.all(), 0, 100)).willReturn(List.of(COUBLEVIE, VOIRON));
        given(communes.count(CommuneFilter.all())).willReturn(2L);

        mvc.perform(get("/api/catalog/communes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[1].inseeCode").value("38563"))
                .andExpect(jsonPath("$.content[1].name").value("Voiron"))
                .andExpect(jsonPath("$.content[1].postalCodes[0]").value("38500"))
                .andExpect(jsonPath("$.content[1].population").value(20000))
                .andExpect(jsonPath("$.content[1].epciName").value("CA du Pays Voironnais"))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.totalElements").value(2));
    }

    @Test
    void findsCommunesByPostalCodeOrName() throws Exception {
        given(communes.find(eq(CommuneFilter.of("38500", "vOIRON")), eq(0), eq(100))).willReturn(List.of(VOIRON));
        given(communes.count(CommuneFilter.of("38500", "vOIRON"))).willReturn(1L);

        mvc.perform(get("/api/catalog/communes").param("postalCode", "38500").param("q", "vOIRON"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value("Voiron"))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void refusesAPostalCodeThatIsNotFiveDigits() throws Exception {
        mvc.perform(get("/api/catalog/communes").param("postalCode", "385"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("postalCode"));
    }

    @Test
    void givesOneCommuneOrA404Problem() throws Exception {
        given(communes.find("38563")).willReturn(Optional.of(VOIRON));
        given(communes.find("75056")).willReturn(Optional.empty());

        mvc.perform(get("/api/catalog/communes/38563")).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Voiron"));
        mvc.perform(get("/api/catalog/communes/75056"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
