package fr.centreisere.concierge.systemtests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;

import fr.centreisere.concierge.systemtests.ConciergeSystem;
import fr.centreisere.concierge.systemtests.Http;
import fr.centreisere.concierge.systemtests.SignIn;
import fr.centreisere.concierge.systemtests.SystemTest;

/**
 * Issue 14: a coordinator reads a month's dashboard whose numbers are the API's, for far more than the 100
 * orders the browser used to read. One order is placed through the API by the demo resident; 150 copies of
 * it (other numbers, days of one month, states) are written straight into order-service's database, so the
 * month holds them at once; the dashboard, the paged orders list and the API then agree, in French on a
 * desktop and in English on a phone, with axe-core on each page.
 */
@SystemTest
class WebDashboardSystemTest {

    static final String MONTH = "2027-03";
    static final int COPIES = 150;
    static final List<String> STATES = List.of("UNASSIGNED", "ASSIGNED", "COMPLETED", "CANCELLED", "DISPATCHING");

    private final ConciergeSystem system;
    private final Http http;

    WebDashboardSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void theDashboardShowsTheMonthAsTheApiCountsItPastAHundredOrders() {
        Map<String, String> coordinator = SignIn.as(http, Demo.COORDINATOR);
        String placed = placeOne(SignIn.as(http, Demo.RESIDENT));
        copyIntoTheMonth(placed);

        String period = "from=" + MONTH + "-01&to=" + MONTH + "-31";
        Http.Reply report = http.get("/api/reports/orders?" + period, coordinator);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        long total = report.json().path("total").asLong();
        long unassigned = report.json().path("byState").path("UNASSIGNED").asLong();
        assertThat(total).isGreaterThanOrEqualTo(COPIES);
        Http.Reply list = http.get("/api/orders?size=1&" + period, coordinator);
        assertThat(list.json().path("totalElements").asLong()).isEqualTo(total);
        assertThat(http.get("/api/orders?size=1&state=UNASSIGNED&" + period, coordinator).json().path("totalElements").asLong())
                .isEqualTo(unassigned).isPositive();

        try (Browser browser = new Browser(system.gatewayUrl(), "dashboard-coordinator", Browser.DESKTOP_WIDTH)) {
            browser.signIn(Demo.COORDINATOR, Demo.PASSWORD);
            browser.open("/coordination?month=" + MONTH);
            assertThat(browser.find(By.id("kpi-orders")).getAttribute("data-value")).isEqualTo(String.valueOf(total));
            assertThat(browser.find(By.id("kpi-unassigned")).getAttribute("data-value")).isEqualTo(String.valueOf(unassigned));
            assertThat(browser.find(By.id("dash-period")).getText()).contains(MONTH + "-01").contains(MONTH + "-31");
            assertThat(browser.find(By.id("coverage-gaps")).getText()).doesNotContain("Toutes les communes sont couvertes");
            assertThat(browser.all(By.cssSelector("#main figure.chart"))).hasSizeGreaterThanOrEqualTo(5);
            browser.checkPage("dashboard-month");

            browser.open("/commandes?month=" + MONTH);
            assertThat(browser.find(By.cssSelector("#orders-list .list-total")).getAttribute("data-total")).isEqualTo(String.valueOf(total));
            assertThat(browser.all(By.cssSelector("#orders-list .order-card"))).hasSize(20);
            browser.checkPage("orders-month");
            browser.click(By.cssSelector("#orders-list a[rel=next]"));
            // the list is drawn again for the new address: wait for its new total line, not the old one
            browser.until(d -> {
                try {
                    return d.getCurrentUrl().contains("page=1")
                            && d.findElement(By.cssSelector("#orders-list .list-total")).getText().contains("page 2");
                } catch (NoSuchElementException | StaleElementReferenceException redrawn) {
                    return false;
                }
            });
            browser.settled();

            browser.open("/coordination/reattribuer?month=" + MONTH);
            assertThat(browser.find(By.cssSelector("main .list-total")).getAttribute("data-total")).isEqualTo(String.valueOf(unassigned));
        }

        try (Browser phone = new Browser(system.gatewayUrl(), "dashboard-coordinator-english", Browser.PHONE_WIDTH)) {
            phone.signIn(Demo.COORDINATOR, Demo.PASSWORD);
            phone.click(By.id("lang-switch"));
            phone.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            phone.open("/coordination?month=" + MONTH);
            assertThat(phone.heading()).isEqualTo("Coordination dashboard");
            assertThat(phone.find(By.id("kpi-orders")).getAttribute("data-value")).isEqualTo(String.valueOf(total));
            phone.checkPage("dashboard-month-english").fitsWidth();
        }
    }

    /** The demo resident orders a bike repair in Voiron on the first day with room, a few days ahead. */
    private String placeOne(Map<String, String> resident) {
        for (int ahead = 3; ahead < 20; ahead++) {
            Map<String, String> headers = new HashMap<>(resident);
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
            Map<String, Object> body = Map.of("serviceId", Demo.BIKE_SERVICE, "quantity", 1, "communeInsee", Demo.VOIRON,
                    "address", Map.of("line1", "12 rue Mainssieux", "postalCode", "38500"),
                    "slot", Map.of("date", LocalDate.now().plusDays(ahead).toString(), "from", "10:00", "to", "12:00"),
                    "billing", "PERSONAL");
            Http.Reply reply = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> http.post("/api/orders", body, headers), r -> r.status() != 503 && r.status() != 429);
            if (reply.status() == 201) {
                return reply.json().path("id").asString();
            }
            assertThat(reply.status()).as(reply.toString()).isEqualTo(409); // that day is full: the next one
        }
        throw new AssertionError("no day with room for a bike repair in Voiron");
    }

    /** Copies of the stored order, on the days of the month, in several states, with nothing left to send. */
    private void copyIntoTheMonth(String orderId) {
        try (MongoClient client = MongoClients.create(system.mongoUri())) {
            MongoCollection<Document> orders = client.getDatabase("order").getCollection("orders");
            Document original = orders.find(new Document("_id", orderId)).first();
            assertThat(original).as("order " + orderId + " in order-service's database").isNotNull();
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<Document> copies = new ArrayList<>();
            for (int i = 0; i < COPIES; i++) {
                String state = STATES.get(i % STATES.size());
                Document copy = Document.parse(original.toJson());
                copy.put("_id", "ord-dash-" + run + "-" + i);
                copy.put("number", "CI-DASH-" + run + "-" + i);
                copy.put("idempotencyKey", "dash-" + run + "-" + i);
                copy.put("createdAt", original.get("createdAt"));
                copy.put("state", state);
                copy.put("memberId", state.equals("ASSIGNED") || state.equals("COMPLETED") ? "mbr-atelier-velo-voironnais" : null);
                copy.put("jobId", null);
                copy.put("outbox", List.of());
                copy.put("notifications", List.of());
                copy.put("events", List.of());
                Document slot = (Document) copy.get("slot");
                slot.put("date", MONTH + "-%02d".formatted(1 + i % 28));
                copies.add(copy);
            }
            // and, as order-service's repository writes them, the keys its lists and reports start from (issue 15)
            MongoCollection<Document> keys = client.getDatabase("order").getCollection("order_keys");
            for (Document copy : copies) {
                String day = ((Document) copy.get("slot")).get("date").toString();
                for (String key : List.of("customer|" + copy.getString("customerUserId"), "day|" + day)) {
                    keys.updateOne(new Document("_id", key), new Document("$addToSet", new Document("ids", copy.get("_id"))),
                            new com.mongodb.client.model.UpdateOptions().upsert(true));
                }
            }
            // and the tallies' marks its repository writes before an order's write (issue 15: the report counts from
            // per-day tallies, order_tallies, each day over 8 documents by the order id's hash): an order marked
            // there is read by _id and counted as stored, as after a crash between the mark and the tally
            MongoCollection<Document> tallies = client.getDatabase("order").getCollection("order_tallies");
            for (Document copy : copies) {
                String id = copy.getString("_id");
                String day = ((Document) copy.get("slot")).get("date").toString();
                tallies.updateOne(new Document("_id", day + "|" + Math.floorMod(id.hashCode(), 8)),
                        new Document("$push", new Document("pending", new Document("id", id).append("v", 0L)
                                .append("at", System.currentTimeMillis()))),
                        new com.mongodb.client.model.UpdateOptions().upsert(true));
            }
            orders.insertMany(copies);
        }
    }
}
