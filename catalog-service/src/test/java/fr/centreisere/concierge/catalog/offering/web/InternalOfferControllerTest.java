package fr.centreisere.concierge.catalog.offering.web;

import static fr.centreisere.concierge.catalog.offering.OfferingFixtures.details;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.offering.Audience;
import fr.centreisere.concierge.catalog.offering.Offer;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingNotFound;
import fr.centreisere.concierge.catalog.offering.ShowOffer;
import fr.centreisere.concierge.catalog.system.CatalogAccessRules;
import fr.centreisere.concierge.platform.security.InternalToken;
import fr.centreisere.concierge.testsupport.WithoutMongoServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = InternalOfferController.class)
@Import(CatalogAccessRules.class)
@WithoutMongoServer
class InternalOfferControllerTest {

    private static final Offering TONTE = Offering.create(details("tonte-pelouse", "Tonte de pelouse", Category.GARDENING, Audience.RESIDENT));

    @Autowired
    MockMvc mvc;

    @Value("${concierge.security.internal-token}")
    String internalToken;

    @MockitoBean
    ShowOffer showOffer;

    @Test
    void givesOrderServiceWhatItNeedsToPriceAnOrder() throws Exception {
        given(showOffer.show("svc-tonte-pelouse", "38563")).willReturn(
                new Offer(TONTE, true, new BigDecimal("8"), Optional.of(Instant.parse("2026-11-27T06:00:00Z")),
                        java.util.List.of("38500"), Optional.of("Voiron")));

        mvc.perform(get("/internal/services/svc-tonte-pelouse/offer").param("commune", "38563")
                        .header(InternalToken.HEADER, internalToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serviceId").value("svc-tonte-pelouse"))
                .andExpect(jsonPath("$.communePostalCodes[0]").value("38500"))
                .andExpect(jsonPath("$.communeName").value("Voiron"))
                .andExpect(jsonPath("$.slug").value("tonte-pelouse"))
                .andExpect(jsonPath("$.title.fr").value("Tonte de pelouse"))
                .andExpect(jsonPath("$.category").value("GARDENING"))
                .andExpect(jsonPath("$.priceModel").value("PER_HOUR"))
                .andExpect(jsonPath("$.unitPriceCents").value(3200))
                .andExpect(jsonPath("$.vatRatePercent").value(10))
                .andExpect(jsonPath("$.minQuantity").value(1))
                .andExpect(jsonPath("$.maxQuantity").value(4))
                .andExpect(jsonPath("$.leadTimeHours").value(48))
                .andExpect(jsonPath("$.audience").value("RESIDENT"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.availableInCommune").value(true))
                .andExpect(jsonPath("$.commissionRatePercent").value(8))
                .andExpect(jsonPath("$.coverageAsOf").value("2026-11-27T06:00:00Z"));
    }

    @Test
    void anUnknownServiceIsA404Problem() throws Exception {
        given(showOffer.show("svc-nothing", "38563")).willThrow(new OfferingNotFound("svc-nothing"));

        mvc.perform(get("/internal/services/svc-nothing/offer").param("commune", "38563")
                        .header(InternalToken.HEADER, internalToken))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theCommuneIsRequired() throws Exception {
        mvc.perform(get("/internal/services/svc-tonte-pelouse/offer").header(InternalToken.HEADER, internalToken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void isOnlyForOurOwnServicesNotForUsers() throws Exception {
        mvc.perform(get("/internal/services/svc-tonte-pelouse/offer").param("commune", "38563"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/internal/services/svc-tonte-pelouse/offer").param("commune", "38563")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"))))
                .andExpect(status().isForbidden());
    }
}
