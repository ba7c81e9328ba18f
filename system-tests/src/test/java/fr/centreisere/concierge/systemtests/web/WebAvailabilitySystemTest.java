package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.Http;
import fr.centreisere.concierge.systemtests.SignIn;
import fr.centreisere.concierge.systemtests.SystemTest;

/**
 * Availability before ordering, in a browser (issue 11). L'Atelier Vélo Voironnais is the only member
 * renting cargo bikes in Voiron; a coordinator gives it one place a day there. Other residents take the
 * first free day: the resident's form no longer offers it and picks the next one; that one fills up
 * while the resident fills in the form, and the refusal offers the days with room left as buttons. The
 * workshop declines the order: the resident's page, left open, turns to « sans structure » by itself and
 * says why, with the days to move the order to.
 */
@SystemTest
class WebAvailabilitySystemTest {

    private static final String CARGO_BIKE = "svc-location-velo-cargo";
    private static final String WORKSHOP = "mbr-atelier-velo-voironnais";
    private static final Duration DISPATCH = Duration.ofSeconds(90);

    private final ConciergeSystem system;
    private final Http http;

    WebAvailabilitySystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void aResidentSeesOnlyDaysWithRoomPicksTheNextFreeDayAndReadsWhyNoMemberTookTheOrder() {
        Map<String, String> coordinator = SignIn.as(http, Demo.COORDINATOR);
        Map<String, String> staff = SignIn.as(http, Demo.MEMBER_STAFF);
        Map<String, String> neighbour = SignIn.newResident(http);
        String capabilities = "/api/members/" + WORKSHOP + "/capabilities";
        Http.Reply original = http.get(capabilities, coordinator);
        assertThat(original.status()).as(original.toString()).isEqualTo(200);
        Http.Reply oneADay = http.put(capabilities, withCapacity(original.json(), CARGO_BIKE, 1), coordinator);
        assertThat(oneADay.status()).as(oneADay.toString()).isEqualTo(200);
        List<String> orders = new ArrayList<>();
        try (Browser resident = new Browser(system.gatewayUrl(), "availability-resident", Browser.PHONE_WIDTH)) {
            resident.signIn(Demo.RESIDENT, Demo.PASSWORD);
            resident.type(By.cssSelector("#commune-form input[name=commune]"), "Voiron");
            resident.click(By.cssSelector("#commune-form button[type=submit]"));
            resident.settled();
            resident.open("/services/" + CARGO_BIKE);
            String first = chosenDay(resident);
            assertThat(offeredDays(resident)).allMatch(day -> day.compareTo(first) >= 0);

            // a neighbour takes the only place of that day: the form offers it no more and picks the next one
            orders.add(place(neighbour, first));
            awaitNoRoom(first);
            resident.driver().navigate().refresh();
            resident.settled();
            assertThat(offeredDays(resident)).doesNotContain(first);
            String next = chosenDay(resident);
            assertThat(next).isGreaterThan(first);
            assertThat(offeredDays(resident).get(0)).isEqualTo(next);
            assertThat(resident.find(By.id("day-note")).getText()).contains("complets", "premier jour disponible");
            resident.checkPage("only-days-with-room").fitsWidth();

            // that day fills up while the resident fills in the form: the refusal offers the next days with room
            orders.add(place(neighbour, next));
            awaitNoRoom(next);
            resident.type(By.name("address.line1"), "3 place du Marché");
            resident.click(By.id("confirm-order"));
            WebElement later = resident.find(By.cssSelector("#day-full button[data-date]"));
            String then = later.getAttribute("data-date");
            assertThat(then).isGreaterThan(next);
            assertThat(resident.find(By.id("day-full")).getText()).contains("autre jour");
            assertThat(resident.find(By.name("slot.date")).getAttribute("aria-invalid")).isEqualTo("true");
            resident.checkPage("day-full-meanwhile").fitsWidth();
            resident.click(By.cssSelector("#day-full button[data-date='" + then + "']"));
            assertThat(chosenDay(resident)).isEqualTo(then);
            resident.click(By.id("confirm-order"));
            resident.until(d -> resident.route().startsWith("/commandes/"));
            resident.settled();
            String orderId = resident.route().substring("/commandes/".length());
            orders.add(orderId);

            // the workshop declines; nobody else rents cargo bikes in Voiron. The page follows by itself.
            String job = "job-" + orderId;
            await().atMost(DISPATCH).pollInterval(Duration.ofSeconds(1)).until(() -> http.get("/api/jobs/" + job, coordinator),
                    reply -> reply.status() == 200 && "OFFERED".equals(reply.json().path("state").asString()));
            Http.Reply declined = http.post("/api/jobs/" + job + "/decline",
                    Map.of("reason", "Plus de vélo cargo disponible ce jour-là."), staff);
            assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
            resident.until(DISPATCH, d -> "UNASSIGNED".equals(d.findElement(By.id("order-state")).getAttribute("data-state")));
            WebElement why = resident.find(By.id("unassigned-reason"));
            assertThat(why.getAttribute("data-reason")).isEqualTo("ALL_DECLINED");
            assertThat(why.getText()).contains("décliné");
            assertThat(resident.all(By.cssSelector("main .notice-success"))).as("no « enregistrée » banner beside « sans structure »").isEmpty();
            assertThat(resident.all(By.cssSelector("#move-choices button[data-date]"))).isNotEmpty();
            assertThat(resident.all(By.id("cancel-form"))).isNotEmpty();
            resident.checkPage("unassigned-says-why").fitsWidth();

            // moved to a day with room, at the same hours
            String movedTo = resident.find(By.cssSelector("#move-choices button[data-date]")).getAttribute("data-date");
            String slotBefore = resident.find(By.id("order-slot")).getText();
            String hoursBefore = http.get("/api/orders/" + orderId, coordinator).json().path("slot").path("from").asString();
            resident.click(By.cssSelector("#move-choices button[data-date='" + movedTo + "']"));
            resident.until(d -> !slotBefore.equals(d.findElement(By.id("order-slot")).getText()));
            JsonNode moved = http.get("/api/orders/" + orderId, coordinator).json();
            assertThat(moved.path("slot").path("date").asString()).isEqualTo(movedTo);
            assertThat(moved.path("slot").path("from").asString()).isEqualTo(hoursBefore);
            resident.checkPage("order-moved");
        } finally {
            for (String order : orders) {
                http.post("/api/orders/" + order + "/cancel", Map.of("reason", "Fin du test de disponibilité."), coordinator);
            }
            http.put(capabilities, original.body(), coordinator);
        }
    }

    private static String chosenDay(Browser browser) {
        return new Select(browser.find(By.name("slot.date"))).getFirstSelectedOption().getAttribute("value");
    }

    private static List<String> offeredDays(Browser browser) {
        return new Select(browser.find(By.name("slot.date"))).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    /** Another resident's order for that day, 16:00–18:00 (the last slot, which the lead time allows on any offered day). */
    private String place(Map<String, String> resident, String day) {
        Map<String, String> headers = new HashMap<>(resident);
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> body = Map.of("serviceId", CARGO_BIKE, "quantity", 1, "communeInsee", Demo.VOIRON,
                "address", Map.of("line1", "8 cours Becquart-Castelbon", "postalCode", "38500"),
                "slot", Map.of("date", day, "from", "16:00", "to", "18:00"), "billing", "PERSONAL");
        Http.Reply placed = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2))
                .until(() -> http.post("/api/orders", body, headers), reply -> reply.status() != 503);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json().path("id").asString();
    }

    /** Waits until the day has no free place left for cargo bikes in Voiron (the order is offered: its place is held). */
    private void awaitNoRoom(String day) {
        await().atMost(DISPATCH).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Http.Reply reply = http.get("/api/availability?serviceId=" + CARGO_BIKE + "&commune=" + Demo.VOIRON + "&from=" + day + "&days=1");
            return reply.status() == 200 && reply.json().path("days").path(0).path("freePlaces").asInt(-1) == 0;
        });
    }

    /** The capabilities as they are, with one service's daily capacity changed. */
    private static List<Map<String, Object>> withCapacity(JsonNode capabilities, String serviceId, int dailyCapacity) {
        List<Map<String, Object>> changed = new ArrayList<>();
        for (JsonNode capability : capabilities) {
            List<String> communes = new ArrayList<>();
            capability.path("communes").forEach(commune -> communes.add(commune.asString()));
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("serviceId", capability.path("serviceId").asString());
            one.put("communes", communes);
            one.put("dailyCapacity", serviceId.equals(capability.path("serviceId").asString()) ? dailyCapacity
                    : capability.path("dailyCapacity").asInt());
            changed.add(one);
        }
        return changed;
    }
}
