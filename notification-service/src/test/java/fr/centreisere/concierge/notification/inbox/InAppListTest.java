package fr.centreisere.concierge.notification.inbox;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.notification.NotificationServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The in-app list through the web layer and security: own entries only, newest first, unread count, read, read-all, in the reader's language. */
class InAppListTest extends NotificationServiceTest {

    static final String CAMILLE = "usr-camille";

    @BeforeEach
    void threeOrderEventsAndOneForSomeoneElse() throws Exception {
        account(CAMILLE, "camille@example.test", "Camille", "fr", "\"RESIDENT\"", "");
        orderEvent("ord-1:n:1", "ORDER_RECEIVED", CAMILLE, "2026-12-01T08:00:00Z");
        orderEvent("ord-1:n:2", "ORDER_ACCEPTED", CAMILLE, "2026-12-01T09:00:00Z");
        orderEvent("ord-1:n:3", "ORDER_STARTED", CAMILLE, "2026-12-01T10:00:00Z");
        orderEvent("ord-2:n:1", "ORDER_RECEIVED", "usr-john", "2026-12-01T11:00:00Z");
    }

    void orderEvent(String eventId, String kind, String userId, String at) throws Exception {
        postEvent("""
                {"eventId":"%s","kind":"%s","occurredAt":"%s","to":{"userIds":["%s"]},"link":"/#/commandes/ord-1",
                 "data":{"orderNumber":"CI-2026-000001","serviceName":"Repassage au kilo","date":"2026-12-04",
                         "memberName":"Atelier vélo voironnais","totalCents":4500}}""".formatted(eventId, kind, at, userId))
                .andExpect(status().isAccepted());
    }

    @Test
    void aUserReadsOwnEntriesNewestFirstWithTheUnreadCount() throws Exception {
        mvc.perform(get("/api/notifications").with(user(CAMILLE, "RESIDENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unreadCount").value(3))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items[*].kind").value(contains("ORDER_STARTED", "ORDER_ACCEPTED", "ORDER_RECEIVED")))
                .andExpect(jsonPath("$.items[0].id").value(matchesPattern("ntf-[0-9a-f]{32}")))
                .andExpect(jsonPath("$.items[0].title").value("Commande CI-2026-000001 commencée"))
                .andExpect(jsonPath("$.items[0].text").value("Atelier vélo voironnais a commencé votre commande Repassage au kilo."))
                .andExpect(jsonPath("$.items[0].link").value("/#/commandes/ord-1"))
                .andExpect(jsonPath("$.items[0].createdAt").value("2026-12-01T10:00:00Z"))
                .andExpect(jsonPath("$.items[0].read").value(false));
        mvc.perform(get("/api/notifications?page=1&size=2").with(user(CAMILLE, "RESIDENT")))
                .andExpect(jsonPath("$.items[*].kind").value(contains("ORDER_RECEIVED")))
                .andExpect(jsonPath("$.totalItems").value(3));
    }

    @Test
    void aChangeOfLanguageRewritesTheWholeList() throws Exception {
        mvc.perform(put("/api/notifications/preferences").with(user(CAMILLE, "RESIDENT")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"language\":\"en\",\"email\":{\"ORDERS\":true}}")).andExpect(status().isOk());

        mvc.perform(get("/api/notifications").with(user(CAMILLE, "RESIDENT")))
                .andExpect(jsonPath("$.items[*].title").value(contains("Order CI-2026-000001 started",
                        "Order CI-2026-000001 accepted", "Order CI-2026-000001 received")))
                .andExpect(jsonPath("$.items[2].text").value("Repassage au kilo on Friday 4 December 2026: we are offering it to a structure of the network."));
    }

    @Test
    void markingReadLowersTheUnreadCountAndReadAllClearsIt() throws Exception {
        String list = mvc.perform(get("/api/notifications").with(user(CAMILLE, "RESIDENT"))).andReturn().getResponse().getContentAsString();
        String newest = JsonPath.read(list, "$.items[0].id");

        mvc.perform(post("/api/notifications/" + newest + "/read").with(user(CAMILLE, "RESIDENT"))).andExpect(status().isNoContent());
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(post("/api/notifications/" + newest + "/read").with(user(CAMILLE, "RESIDENT"))).andExpect(status().isNoContent());
        mvc.perform(get("/api/notifications").with(user(CAMILLE, "RESIDENT")))
                .andExpect(jsonPath("$.unreadCount").value(2))
                .andExpect(jsonPath("$.items[*].read").value(contains(true, false, false)));

        mvc.perform(post("/api/notifications/read-all").with(user(CAMILLE, "RESIDENT"))).andExpect(status().isNoContent());
        mvc.perform(get("/api/notifications").with(user(CAMILLE, "RESIDENT")))
                .andExpect(jsonPath("$.unreadCount").value(0));
        // someone else's list is untouched
        mvc.perform(get("/api/notifications").with(user("usr-john", "RESIDENT"))).andExpect(jsonPath("$.unreadCount").value(1));
    }

    @Test
    void anotherUsersEntryIsNotFound() throws Exception {
        String johns = mvc.perform(get("/api/notifications").with(user("usr-john", "RESIDENT"))).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(johns, "$.items[0].id");

        mvc.perform(post("/api/notifications/" + id + "/read").with(user(CAMILLE, "RESIDENT")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/not-found"));
        mvc.perform(post("/api/notifications/ntf-00000000000000000000000000000000/read").with(user(CAMILLE, "RESIDENT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/notifications").with(user("usr-john", "RESIDENT"))).andExpect(jsonPath("$.items[0].read").value(false));
    }

    @Test
    void badPagesAndIdsAreRefusedAndAnonymousCallersAskedToSignIn() throws Exception {
        mvc.perform(get("/api/notifications?size=0").with(user(CAMILLE, "RESIDENT")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/notifications?size=101").with(user(CAMILLE, "RESIDENT"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/notifications?page=-1").with(user(CAMILLE, "RESIDENT"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/notifications?page=x").with(user(CAMILLE, "RESIDENT"))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/notifications/not-an-id/read").with(user(CAMILLE, "RESIDENT")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/notifications/read-all")).andExpect(status().isUnauthorized());
    }
}
