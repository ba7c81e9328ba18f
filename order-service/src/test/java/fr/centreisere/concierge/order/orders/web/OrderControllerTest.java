package fr.centreisere.concierge.order.orders.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import fr.centreisere.concierge.order.catalog.CatalogUnavailable;
import fr.centreisere.concierge.order.dispatch.DispatchUnavailable;
import fr.centreisere.concierge.order.orders.ActionNotAllowed;
import fr.centreisere.concierge.order.orders.DayFull;
import fr.centreisere.concierge.order.orders.MemberNotFit;
import fr.centreisere.concierge.order.orders.CancelOrder;
import fr.centreisere.concierge.order.orders.Caller;
import fr.centreisere.concierge.order.orders.FindOrders;
import fr.centreisere.concierge.order.orders.OrderSummary;
import fr.centreisere.concierge.order.orders.OrderFixtures;
import fr.centreisere.concierge.order.orders.OrderNotFound;
import fr.centreisere.concierge.order.orders.OrderRefused;
import fr.centreisere.concierge.order.orders.PlaceOrder;
import fr.centreisere.concierge.order.orders.ReassignOrder;
import fr.centreisere.concierge.order.orders.RecordJobEvent;
import fr.centreisere.concierge.order.orders.RescheduleOrder;
import fr.centreisere.concierge.order.orders.TransitionForbidden;
import fr.centreisere.concierge.order.system.OrderAccessRules;
import fr.centreisere.concierge.platform.page.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The web slice: statuses, problem documents and fields; the use cases are stand-ins. */
@WebMvcTest(controllers = { OrderController.class, JobEventController.class })
@Import(OrderAccessRules.class)
class OrderControllerTest {

    static final String BODY = """
            {"serviceId":"svc-reparation-velo","quantity":2,"communeInsee":"38563",
             "address":{"line1":"12 rue Mainssieux","postalCode":"38500"},
             "slot":{"date":"2026-12-04","from":"14:00","to":"16:00"}}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PlaceOrder placeOrder;

    @MockitoBean
    FindOrders findOrders;

    @MockitoBean
    CancelOrder cancelOrder;

    @MockitoBean
    ReassignOrder reassignOrder;

    @MockitoBean
    RecordJobEvent recordJobEvent;

    @MockitoBean
    RescheduleOrder rescheduleOrder;

    @Test
    void aNewOrderIs201AndAReplayIs200() throws Exception {
        given(placeOrder.place(any(), any(), eq("k1"))).willReturn(new PlaceOrder.Placed(OrderFixtures.placed(), true));
        given(placeOrder.place(any(), any(), eq("k2"))).willReturn(new PlaceOrder.Placed(OrderFixtures.placed(), false));

        mvc.perform(place("k1")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("ord-1"))
                .andExpect(jsonPath("$.price.totalCents").value(6000))
                .andExpect(jsonPath("$.billing").value("PERSONAL"));
        mvc.perform(place("k2")).andExpect(status().isOk());
    }

    @Test
    void theCatalogDownIs503Problem() throws Exception {
        given(placeOrder.place(any(), any(), anyString())).willThrow(new CatalogUnavailable("down", null));

        mvc.perform(place("k")).andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/dependency-unavailable"))
                .andExpect(jsonPath("$.status").value(503));
    }

    @Test
    void aBrokenRuleIs422() throws Exception {
        given(placeOrder.place(any(), any(), anyString())).willThrow(new OrderRefused("order.slot.past"));

        mvc.perform(place("k")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/business-rule"))
                .andExpect(jsonPath("$.code").value("order.slot.past"))
                .andExpect(jsonPath("$.title").value("Règle métier non respectée"))
                .andExpect(jsonPath("$.detail").value("Le créneau est déjà passé."));
        mvc.perform(place("k").header("Accept-Language", "en")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("order.slot.past"))
                .andExpect(jsonPath("$.title").value("Business rule broken"))
                .andExpect(jsonPath("$.detail").value("The slot is in the past."));
    }

    @Test
    void aFullDayIs409WithItsCodeAndTheNextDaysWithRoom() throws Exception {
        given(placeOrder.place(any(), any(), anyString())).willThrow(new DayFull(java.time.LocalDate.of(2026, 12, 4),
                List.of(java.time.LocalDate.of(2026, 12, 5), java.time.LocalDate.of(2026, 12, 9))));

        mvc.perform(place("k")).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/day-full"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.code").value("DAY_FULL"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2026-12-05, 2026-12-09")))
                .andExpect(jsonPath("$.nextAvailableDates").value(org.hamcrest.Matchers.contains("2026-12-05", "2026-12-09")));
    }

    @Test
    void aMemberThatDoesNotFitIs422WithItsReasonsAndAnOverrideNeedsAReason() throws Exception {
        given(reassignOrder.reassign(any(), eq("ord-1"), eq("mbr-x"), any()))
                .willThrow(new MemberNotFit("mbr-x", List.of("NOT_COVERED"), true));

        mvc.perform(post("/api/orders/ord-1/reassign").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\":\"mbr-x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/member-not-fit"))
                .andExpect(jsonPath("$.code").value("MEMBER_NOT_FIT"))
                .andExpect(jsonPath("$.reasons[0]").value("NOT_COVERED"));
        mvc.perform(post("/api/orders/ord-1/reassign").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\":\"mbr-x\",\"override\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("reason")));
        given(reassignOrder.reassign(any(), eq("ord-2"), eq("mbr-x"), any()))
                .willThrow(new DispatchUnavailable("down", null));
        mvc.perform(post("/api/orders/ord-2/reassign").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\":\"mbr-x\"}"))
                .andExpect(status().isServiceUnavailable());
    }

    @Test
    void aRescheduleIsValidatedLikeASlotOfANewOrder() throws Exception {
        mvc.perform(post("/api/orders/ord-1/reschedule").with(resident()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slot\":{\"date\":\"2026-12-05\",\"from\":\"10:00:30\",\"to\":\"09:00\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "slot.from", "slot.endAfterStart")));
        mvc.perform(post("/api/orders/ord-1/reschedule").with(resident()).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("slot"));
        verifyNoInteractions(rescheduleOrder);
    }

    @Test
    void anIdThatWouldGoIntoAnotherServicesAddressIsCheckedFirst() throws Exception {
        for (String serviceId : new String[] { "..", "svc-../../internal", "svc-a\\u0000b", "svc-a\\r\\nb", "%s%n",
                "svc-a/b", "SVC-A", "svc-" }) {
            mvc.perform(place("key-1").content(BODY.replace("svc-reparation-velo", serviceId)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("serviceId"));
        }
        for (String memberId : new String[] { "..", "mbr-a%2Fb", "mbr-a&x=1", "%s%n" }) {
            mvc.perform(post("/api/orders/ord-1/reassign").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"memberId\":\"" + memberId + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("memberId"));
        }
        verifyNoInteractions(placeOrder, reassignOrder);
    }

    @Test
    void aQuantityWithAFractionOrABillingByIndexIs400NamingTheField() throws Exception {
        mvc.perform(place("key-1").content(BODY.replace("\"quantity\":2", "\"quantity\":1.5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        for (String billing : new String[] { "\"0\"", "0", "\"PERSONAL \"" }) {
            mvc.perform(place("key-1").content(BODY.replace("\"quantity\":2", "\"quantity\":2,\"billing\":" + billing)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("billing"));
        }
        verifyNoInteractions(placeOrder);
    }

    @Test
    void aMissingOrOverlongIdempotencyKeyIs400BeforeAnyWork() throws Exception {
        mvc.perform(post("/api/orders").with(resident()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(place("x".repeat(101))).andExpect(status().isBadRequest());
        verifyNoInteractions(placeOrder);
    }

    @Test
    void unknownOrdersAre404ForbiddenTransitions409AndOthersActions403() throws Exception {
        given(findOrders.one(any(Caller.class), eq("ord-x"))).willThrow(new OrderNotFound("ord-x"));
        given(cancelOrder.cancel(any(), eq("ord-1"), any())).willThrow(new TransitionForbidden("order.cancel.too-late-for-customer", "IN_PROGRESS"));
        given(cancelOrder.cancel(any(), eq("ord-2"), any())).willThrow(new ActionNotAllowed("order.cancel.not-allowed"));

        mvc.perform(get("/api/orders/ord-x").with(resident())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/not-found"));
        mvc.perform(post("/api/orders/ord-1/cancel").with(resident())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/conflict"));
        mvc.perform(post("/api/orders/ord-2/cancel").with(resident())).andExpect(status().isForbidden());
    }

    @Test
    void onlyCoordinatorsReassignAndAnonymousCallersAreAskedToSignIn() throws Exception {
        mvc.perform(post("/api/orders/ord-1/reassign").with(resident()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\":\"mbr-x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/orders")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(reassignOrder, findOrders);
    }

    @Test
    void theSummaryViewGivesWhatAListsCardShowsAndAnUnknownViewIs400() throws Exception {
        given(findOrders.page(any(), any(), eq(0), eq(20))).willReturn(new Page<>(List.of(OrderFixtures.placed()), 0, 20, 1));
        given(findOrders.summaries(any(), any(), eq(0), eq(20)))
                .willReturn(new Page<>(List.of(OrderSummary.of(OrderFixtures.placed())), 0, 20, 1));

        mvc.perform(get("/api/orders?view=summary").with(resident())).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value("ord-1"))
                .andExpect(jsonPath("$.content[0].number").value(OrderFixtures.placed().number()))
                .andExpect(jsonPath("$.content[0].state").value("PLACED"))
                .andExpect(jsonPath("$.content[0].serviceTitle.fr").value(OrderFixtures.placed().serviceTitle().fr()))
                .andExpect(jsonPath("$.content[0].slot.date").value("2026-12-04"))
                .andExpect(jsonPath("$.content[0].price.totalCents").value(6000))
                .andExpect(jsonPath("$.content[0].dispatchPending").value(true))
                .andExpect(jsonPath("$.content[0].history").doesNotExist())
                .andExpect(jsonPath("$.content[0].address").doesNotExist())
                .andExpect(jsonPath("$.content[0].price.vatCents").doesNotExist());
        mvc.perform(get("/api/orders").with(resident())).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].history").isArray())
                .andExpect(jsonPath("$.content[0].price.vatCents").exists());
        mvc.perform(get("/api/orders?view=compact").with(resident())).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("view"));
    }

    @Test
    void jobEventsAreValidated() throws Exception {
        mvc.perform(post("/internal/orders/ord-1/job-events").header("X-Internal-Token", "test-internal-token-for-every-test")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"DONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("eventId", "occurredAt")));
        verifyNoInteractions(recordJobEvent);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder place(String key) {
        return post("/api/orders").with(resident()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(BODY);
    }

    private static RequestPostProcessor coordinator() {
        return jwt().jwt(token -> token.subject("usr-demo-coordinator").claim("roles", List.of("COORDINATOR")))
                .authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
    }

    private static RequestPostProcessor resident() {
        return jwt().jwt(token -> token.subject("usr-demo-resident").claim("roles", List.of("RESIDENT")))
                .authorities(new SimpleGrantedAuthority("ROLE_RESIDENT"));
    }
}
