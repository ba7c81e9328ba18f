package fr.centreisere.concierge.catalog.offering.web;

import static fr.centreisere.concierge.catalog.offering.OfferingFixtures.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.offering.Audience;
import fr.centreisere.concierge.catalog.offering.CreateOffering;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingAvailability;
import fr.centreisere.concierge.catalog.offering.OfferingChangedMeanwhile;
import fr.centreisere.concierge.catalog.offering.OfferingDetails;
import fr.centreisere.concierge.catalog.offering.OfferingId;
import fr.centreisere.concierge.catalog.offering.OfferingNotFound;
import fr.centreisere.concierge.catalog.offering.SearchCriteria;
import fr.centreisere.concierge.catalog.offering.SearchOfferings;
import fr.centreisere.concierge.catalog.offering.SearchResult;
import fr.centreisere.concierge.catalog.offering.ShowOffer;
import fr.centreisere.concierge.catalog.offering.ShowOffering;
import fr.centreisere.concierge.catalog.offering.SlugAlreadyUsed;
import fr.centreisere.concierge.catalog.offering.UpdateOffering;
import fr.centreisere.concierge.catalog.system.CatalogAccessRules;
import fr.centreisere.concierge.catalog.territory.UnknownCommune;
import fr.centreisere.concierge.platform.page.Page;
import fr.centreisere.concierge.testsupport.WithoutMongoServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(controllers = OfferingController.class)
@Import(CatalogAccessRules.class)
@WithoutMongoServer
class OfferingControllerTest {

    private static final String VALIDATION = "https://concierge.centre-isere.fr/problems/validation";
    private static final Instant AS_OF = Instant.parse("2026-11-27T06:00:00Z");
    private static final Offering TONTE = Offering.create(details("tonte-pelouse", "Tonte de pelouse", Category.GARDENING, Audience.RESIDENT));

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
    @MockitoBean
    ShowOffer showOffer;

    @Nested
    class Searching {

        @Test
        void isOpenToAnyoneAndAnswersAPageWithTheCoverageAge() throws Exception {
            given(searchOfferings.search(any())).willReturn(
                    new SearchResult(new Page<>(List.of(TONTE), 0, 20, 1), Optional.of(AS_OF)));

            mvc.perform(get("/api/catalog/services").param("commune", "38563"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[0].id").value("svc-tonte-pelouse"))
                    .andExpect(jsonPath("$.content[0].title.fr").value("Tonte de pelouse"))
                    .andExpect(jsonPath("$.content[0].unitPriceCents").value(3200))
                    .andExpect(jsonPath("$.content[0].vatRatePercent").value(10))
                    .andExpect(jsonPath("$.content[0].category").value("GARDENING"))
                    .andExpect(jsonPath("$.content[0].coverageAsOf").doesNotExist())
                    .andExpect(jsonPath("$.page").value(0))
                    .andExpect(jsonPath("$.size").value(20))
                    .andExpect(jsonPath("$.totalElements").value(1))
                    .andExpect(jsonPath("$.coverageAsOf").value("2026-11-27T06:00:00Z"));
        }

        @Test
        void saysItHasNoCoverageYetWithANullDate() throws Exception {
            given(searchOfferings.search(any())).willReturn(new SearchResult(Page.empty(0, 20), Optional.empty()));

            mvc.perform(get("/api/catalog/services").param("commune", "38563"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content").isEmpty())
                    .andExpect(jsonPath("$.coverageAsOf").isEmpty());
        }

        @Test
        void passesEveryCriterion() throws Exception {
            given(searchOfferings.search(any())).willReturn(new SearchResult(Page.empty(2, 5), Optional.empty()));

            mvc.perform(get("/api/catalog/services").param("commune", "38563").param("category", "BIKE_RENTAL")
                            .param("audience", "RESIDENT").param("q", "vélo").param("page", "2").param("size", "5"))
                    .andExpect(status().isOk());

            ArgumentCaptor<SearchCriteria> criteria = ArgumentCaptor.forClass(SearchCriteria.class);
            verify(searchOfferings).search(criteria.capture());
            assertThat(criteria.getValue()).isEqualTo(new SearchCriteria(Optional.of("38563"),
                    Optional.of(Category.BIKE_RENTAL), Optional.of(Audience.RESIDENT), Optional.of("vélo"), 2, 5));
        }

        @Test
        void refusesPagesOutOfBoundsFieldByField() throws Exception {
            mvc.perform(get("/api/catalog/services").param("page", "-1").param("size", "101"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(VALIDATION))
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("page", "size")));
            mvc.perform(get("/api/catalog/services").param("size", "0"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("size"));
            verifyNoInteractions(searchOfferings);
        }

        @Test
        void refusesAnUnknownCategoryOrAudience() throws Exception {
            mvc.perform(get("/api/catalog/services").param("category", "FLYING"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("category"));
            mvc.perform(get("/api/catalog/services").param("audience", "EVERYBODY"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("audience"));
        }

        @Test
        void refusesACommuneOutsideTheTerritoryAsABadCommuneField() throws Exception {
            given(searchOfferings.search(any())).willThrow(new UnknownCommune("75056"));

            mvc.perform(get("/api/catalog/services").param("commune", "75056"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(VALIDATION))
                    .andExpect(jsonPath("$.errors[0].field").value("commune"));
        }
    }

    @Nested
    class ShowingOne {

        @Test
        void givesTheServiceWithItsAvailabilityInTheCommuneAsked() throws Exception {
            given(showOffering.show("svc-tonte-pelouse", Optional.of("38563")))
                    .willReturn(new OfferingAvailability(TONTE, Optional.of(true), Optional.of(AS_OF)));

            mvc.perform(get("/api/catalog/services/svc-tonte-pelouse").param("commune", "38563"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value("svc-tonte-pelouse"))
                    .andExpect(jsonPath("$.slug").value("tonte-pelouse"))
                    .andExpect(jsonPath("$.description.en").value("Description of Tonte de pelouse"))
                    .andExpect(jsonPath("$.priceModel").value("PER_HOUR"))
                    .andExpect(jsonPath("$.minQuantity").value(1))
                    .andExpect(jsonPath("$.maxQuantity").value(4))
                    .andExpect(jsonPath("$.leadTimeHours").value(48))
                    .andExpect(jsonPath("$.audience").value("RESIDENT"))
                    .andExpect(jsonPath("$.active").value(true))
                    .andExpect(jsonPath("$.availableInCommune").value(true))
                    .andExpect(jsonPath("$.coverageAsOf").value("2026-11-27T06:00:00Z"));
        }

        @Test
        void leavesOutTheAvailabilityWhenNoCommuneIsAsked() throws Exception {
            given(showOffering.show("svc-tonte-pelouse", Optional.empty()))
                    .willReturn(new OfferingAvailability(TONTE, Optional.empty(), Optional.empty()));

            mvc.perform(get("/api/catalog/services/svc-tonte-pelouse"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.availableInCommune").doesNotExist());
        }

        @Test
        void anUnknownServiceIsA404Problem() throws Exception {
            given(showOffering.show("svc-nothing", Optional.empty())).willThrow(new OfferingNotFound("svc-nothing"));

            mvc.perform(get("/api/catalog/services/svc-nothing"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/not-found"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("svc-nothing")));
        }
    }

    @Nested
    class Editing {

        @Test
        void aCoordinatorCreatesAServiceAndGetsItsAddress() throws Exception {
            given(createOffering.create(any())).willAnswer(call -> Offering.create(call.getArgument(0)));

            mvc.perform(asCoordinator(post("/api/catalog/services")).contentType(MediaType.APPLICATION_JSON).content(validBody()))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", "/api/catalog/services/svc-reparation-trottinette"))
                    .andExpect(jsonPath("$.id").value("svc-reparation-trottinette"))
                    .andExpect(jsonPath("$.vatRatePercent").value(5.5))
                    .andExpect(jsonPath("$.active").value(true));

            ArgumentCaptor<OfferingDetails> details = ArgumentCaptor.forClass(OfferingDetails.class);
            verify(createOffering).create(details.capture());
            assertThat(details.getValue().title().fr()).isEqualTo("Réparation de trottinette");
            assertThat(details.getValue().unitPrice().cents()).isEqualTo(2500);
            assertThat(details.getValue().quantityBounds().max()).isEqualTo(3);
        }

        @Test
        void onlyCoordinatorsChangeTheCatalog() throws Exception {
            mvc.perform(post("/api/catalog/services").contentType(MediaType.APPLICATION_JSON).content(validBody()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(as("RESIDENT", post("/api/catalog/services")).contentType(MediaType.APPLICATION_JSON).content(validBody()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(as("MEMBER_STAFF", put("/api/catalog/services/svc-tonte-pelouse"))
                            .contentType(MediaType.APPLICATION_JSON).content(validBody()))
                    .andExpect(status().isForbidden());
            verifyNoInteractions(createOffering, updateOffering);
        }

        @Test
        void listsEveryMissingFieldInTheProblem() throws Exception {
            mvc.perform(asCoordinator(post("/api/catalog/services")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(VALIDATION))
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("slug", "title", "description", "category",
                            "priceModel", "unitPriceCents", "vatRatePercent", "minQuantity", "maxQuantity",
                            "leadTimeHours", "audience")));
            verifyNoInteractions(createOffering);
        }

        @Test
        void listsEachWrongValueWithItsField() throws Exception {
            String body = """
                    {"slug": "Réparation Trottinette", "title": {"fr": " ", "en": "Scooter repair"},
                     "description": {"fr": "Réparation", "en": "Repair"}, "category": "FLYING",
                     "priceModel": "PER_SMILE", "unitPriceCents": 12.5, "vatRatePercent": 7,
                     "minQuantity": 0, "maxQuantity": 3, "leadTimeHours": 800, "audience": "EVERYBODY"}
                    """;

            mvc.perform(asCoordinator(post("/api/catalog/services")).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("slug", "title.fr", "category",
                            "priceModel", "unitPriceCents", "vatRatePercent", "minQuantity", "leadTimeHours", "audience")));
        }

        @Test
        void refusesTitlesAndDescriptionsWithControlOrBidirectionalOverrideCharacters() throws Exception {
            mvc.perform(asCoordinator(post("/api/catalog/services")).contentType(MediaType.APPLICATION_JSON)
                            .content(validBody().replace("\"Scooter repair\"", "\"Scooter\\u202E repair\"")
                                    .replace("\"Réparation de trottinettes", "\"R\\u0000éparation de trottinettes")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title.en", "description.fr")));
            verifyNoInteractions(createOffering);
        }

        @Test
        void refusesAPriceThatIsNotAPositiveWholeNumberOfCents() throws Exception {
            mvc.perform(asCoordinator(post("/api/catalog/services")).contentType(MediaType.APPLICATION_JSON)
                            .content(validBody().replace("\"unitPriceCents\": 2500", "\"unitPriceCents\": -2500")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("unitPriceCents"));
        }

        @Test
        void refusesAFractionalQuantityInsteadOfTruncatingIt() throws Exception {
            mvc.perform(asCoordinator(post("/api/catalog/services")).contentType(MediaType.APPLICATION_JSON)
                            .content(validBody().replace("\"maxQuantity\": 3", "\"maxQuantity\": 2.5")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            verifyNoInteractions(createOffering);
        }

        @Test
        void refusesAMaximumQuantityBelowTheMinimum() throws Exception {
            mvc.perform(asCoordinator(post("/api/catalog/services")).contentType(MediaType.APPLICATION_JSON)
                            .content(validBody().replace("\"minQuantity\": 1", "\"minQuantity\": 5")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(VALIDATION))
                    .andExpect(jsonPath("$.errors[0].field").value("maxQuantity"));
        }

        @Test
        void aSlugAlreadyUsedIsAConflict() throws Exception {
            given(createOffering.create(any())).willThrow(new SlugAlreadyUsed("reparation-trottinette"));

            mvc.perform(asCoordinator(post("/api/catalog/services")).contentType(MediaType.APPLICATION_JSON).content(validBody()))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/conflict"));
        }

        @Test
        void aBodyThatIsNotJsonIsMalformed() throws Exception {
            mvc.perform(asCoordinator(post("/api/catalog/services")).contentType(MediaType.APPLICATION_JSON).content("{\"slug\":"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/malformed-request"));
        }

        @Test
        void aCoordinatorReplacesTheDetailsOfAService() throws Exception {
            given(updateOffering.update(eq("svc-tonte-pelouse"), any()))
                    .willAnswer(call -> TONTE.update(call.getArgument(1)));

            mvc.perform(asCoordinator(put("/api/catalog/services/svc-tonte-pelouse")).contentType(MediaType.APPLICATION_JSON)
                            .content(validBody().replace("\"active\": true", "\"active\": false")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value("svc-tonte-pelouse"))
                    .andExpect(jsonPath("$.slug").value("reparation-trottinette"))
                    .andExpect(jsonPath("$.active").value(false));
        }

        @Test
        void aReplacementMustSayWhetherTheServiceIsActive() throws Exception {
            mvc.perform(asCoordinator(put("/api/catalog/services/svc-tonte-pelouse")).contentType(MediaType.APPLICATION_JSON)
                            .content(validBody().replace(", \"active\": true", "")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("active")));
            verifyNoInteractions(updateOffering);
        }

        @Test
        void aNewServiceIsActiveUnlessTheCoordinatorSaysOtherwise() throws Exception {
            given(createOffering.create(any())).willAnswer(call -> Offering.create(call.getArgument(0)));

            mvc.perform(asCoordinator(post("/api/catalog/services")).contentType(MediaType.APPLICATION_JSON)
                            .content(validBody().replace(", \"active\": true", "")))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.active").value(true));
        }

        @Test
        void updatingAnUnknownServiceIsA404AndAConcurrentUpdateA409() throws Exception {
            given(updateOffering.update(eq("svc-nothing"), any())).willThrow(new OfferingNotFound("svc-nothing"));
            given(updateOffering.update(eq("svc-tonte-pelouse"), any()))
                    .willThrow(new OfferingChangedMeanwhile(new OfferingId("svc-tonte-pelouse")));

            mvc.perform(asCoordinator(put("/api/catalog/services/svc-nothing")).contentType(MediaType.APPLICATION_JSON).content(validBody()))
                    .andExpect(status().isNotFound());
            mvc.perform(asCoordinator(put("/api/catalog/services/svc-tonte-pelouse")).contentType(MediaType.APPLICATION_JSON).content(validBody()))
                    .andExpect(status().isConflict());
        }
    }

    static String validBody() {
        return """
                {"slug": "reparation-trottinette",
                 "title": {"fr": "Réparation de trottinette", "en": "Scooter repair"},
                 "description": {"fr": "Réparation de trottinettes électriques en atelier solidaire.",
                                 "en": "Electric scooter repair in a community workshop."},
                 "category": "SMALL_REPAIRS", "priceModel": "FIXED", "unitPriceCents": 2500, "vatRatePercent": 5.5,
                 "minQuantity": 1, "maxQuantity": 3, "leadTimeHours": 48, "audience": "ALL", "active": true}
                """;
    }

    static MockHttpServletRequestBuilder asCoordinator(MockHttpServletRequestBuilder request) {
        return as("COORDINATOR", request);
    }

    static MockHttpServletRequestBuilder as(String role, MockHttpServletRequestBuilder request) {
        JwtRequestPostProcessor token = jwt()
                .jwt(jwt -> jwt.subject("usr-demo-" + role.toLowerCase()).claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
        return request.with(token);
    }
}
