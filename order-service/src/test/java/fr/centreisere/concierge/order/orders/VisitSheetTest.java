package fr.centreisere.concierge.order.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * The visit sheet provider-service asks for (GET /internal/orders/{id}/visit): the customer's name, phone,
 * address and notes, for the member holding the accepted job only. catalog-service and provider-service
 * are WireMock servers; the orders are real ones in MongoDB.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableWireMock({
        @ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.clients.catalog-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url") })
class VisitSheetTest {

    static final String TOKEN = "test-internal-token-for-every-test";
    static final String MEMBER = OrderFixtures.MEMBER;
    static final String OTHER = "mbr-ressourcerie-du-pays-voironnais";

    static final String BODY = """
            {"serviceId":"svc-reparation-velo","quantity":2,"communeInsee":"38563",
             "address":{"line1":"12 rue Mainssieux","line2":"Bâtiment B, 3e étage","postalCode":"38500"},
             "slot":{"date":"2026-12-04","from":"14:00","to":"16:00"},"notes":"Code porte 1234",
             "phone":"+33 6 12 34 56 78","billing":"PERSONAL"}
            """;

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(OrderFixtures.NOW, Slot.TERRITORY_ZONE);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @InjectWireMock("catalog")
    WireMockServer catalogService;

    @InjectWireMock("provider")
    WireMockServer providerService;

    @BeforeEach
    void freshWorld() {
        mongo.remove(new Query(), "orders");
        catalogService.resetAll();
        providerService.resetAll();
        catalogService.stubFor(WireMock.get(urlPathEqualTo("/internal/services/svc-reparation-velo/offer"))
                .willReturn(okJson(OrderJourneyTest.OFFER)));
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));
    }

    @Test
    void theMemberHoldingTheAcceptedJobGetsNamePhoneAddressAndNotes() throws Exception {
        String id = placed();
        event(id, "ev-1", "ACCEPTED", MEMBER);

        visit(id, MEMBER).andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(id))
                .andExpect(jsonPath("$.customerName").value("Camille Martin"))
                .andExpect(jsonPath("$.phone").value("+33 6 12 34 56 78"))
                .andExpect(jsonPath("$.address.line1").value("12 rue Mainssieux"))
                .andExpect(jsonPath("$.address.line2").value("Bâtiment B, 3e étage"))
                .andExpect(jsonPath("$.address.postalCode").value("38500"))
                .andExpect(jsonPath("$.communeInsee").value("38563"))
                .andExpect(jsonPath("$.notes").value("Code porte 1234"));
        // still there once started and done
        event(id, "ev-2", "IN_PROGRESS", MEMBER);
        event(id, "ev-3", "DONE", MEMBER);
        visit(id, MEMBER).andExpect(status().isOk()).andExpect(jsonPath("$.customerName").value("Camille Martin"));
    }

    @Test
    void anOfferNotYetAcceptedAndAnotherMemberAreNotFound() throws Exception {
        String id = placed();
        event(id, "ev-1", "OFFERED", MEMBER);
        visit(id, MEMBER).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        event(id, "ev-2", "ACCEPTED", MEMBER);
        visit(id, OTHER).andExpect(status().isNotFound());
        visit("ord-unknown", MEMBER).andExpect(status().isNotFound());
    }

    @Test
    void aJobGivenUpIsNoLongerTheMembersVisit() throws Exception {
        String id = placed();
        event(id, "ev-1", "OFFERED", MEMBER);
        event(id, "ev-2", "UNASSIGNED", MEMBER);
        visit(id, MEMBER).andExpect(status().isNotFound());
    }

    @Test
    void theVisitNeedsTheInternalTokenAndAValidMemberId() throws Exception {
        String id = placed();
        event(id, "ev-1", "ACCEPTED", MEMBER);
        mvc.perform(get("/internal/orders/" + id + "/visit").param("memberId", MEMBER))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/internal/orders/" + id + "/visit").param("memberId", MEMBER)
                        .header("Authorization", "Bearer a-user-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/internal/orders/" + id + "/visit").header("X-Internal-Token", TOKEN))
                .andExpect(status().isBadRequest());
        visit(id, "../admin").andExpect(status().isBadRequest());
    }

    private String placed() throws Exception {
        String json = mvc.perform(post("/api/orders").with(resident()).header("Idempotency-Key", "k-" + System.nanoTime())
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    private ResultActions visit(String orderId, String memberId) throws Exception {
        return mvc.perform(get("/internal/orders/" + orderId + "/visit").param("memberId", memberId)
                .header("X-Internal-Token", TOKEN));
    }

    private void event(String orderId, String eventId, String type, String memberId) throws Exception {
        mvc.perform(post("/internal/orders/" + orderId + "/job-events").header("X-Internal-Token", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"eventId":"%s","type":"%s","jobId":"job-1","memberId":"%s","occurredAt":"2026-12-02T09:0%d:00Z"}"""
                                .formatted(eventId, type, memberId, eventId.charAt(eventId.length() - 1) - '0')))
                .andExpect(status().isNoContent());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor resident() {
        return jwt().jwt(token -> token.subject("usr-demo-resident").claim("roles", List.of("RESIDENT"))
                        .claim("name", "Camille Martin"))
                .authorities(new SimpleGrantedAuthority("ROLE_RESIDENT"));
    }
}
