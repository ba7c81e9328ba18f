package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11: a kill -9 of the embedded store while orders are being placed and dispatched leaves no
 * order stuck. Residents keep placing orders while the store is killed and started again; a client
 * that got an error retries with the same {@code Idempotency-Key} (what the API tells it to do). In
 * the end every order is offered, unassigned with a reason, or accepted — none rests PLACED — and
 * every job the orders name is readable by id, with exactly one job per order.
 */
@SystemTest
class DispatchSurvivesStoreKillSystemTest {

    private static final String SERVICE = "svc-repassage-au-kilo";
    private static final String VOIRON = "38563";

    private final ConciergeSystem system;
    private final Http http;

    DispatchSurvivesStoreKillSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void aKillOfTheStoreDuringDispatchesLeavesEveryOrderOfferedUnassignedOrRetriedToCompletion() throws Exception {
        Map<String, String> resident = SignIn.as(http, "resident@demo.test");
        Map<String, String> coordinator = SignIn.as(http, "coordinator@demo.test");
        LocalDate firstDay = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(9);
        int orders = 24;
        Map<String, String> keys = new ConcurrentHashMap<>();
        Map<String, String> placedIds = new ConcurrentHashMap<>();
        for (int i = 0; i < orders; i++) {
            keys.put("kill-" + i, UUID.randomUUID().toString());
        }

        ExecutorService residents = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            int n = i;
            running.add(residents.submit(() -> {
                sleepQuietly(150L * n);
                place(resident, keys.get("kill-" + n), firstDay.plusDays(n % 12), placedIds, "kill-" + n);
            }));
        }
        sleepQuietly(1_200);
        system.kill("embedded-mongodb");
        sleepQuietly(2_000);
        system.start("embedded-mongodb").assertSucceeded();
        for (Future<?> order : running) {
            order.get(4, TimeUnit.MINUTES);
        }
        residents.shutdown();

        // a client that got an error (the store away) retries with the same key until it is answered
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            for (var key : keys.entrySet()) {
                if (!placedIds.containsKey(key.getKey())) {
                    place(resident, key.getValue(), firstDay.plusDays(Integer.parseInt(key.getKey().substring(5)) % 12),
                            placedIds, key.getKey());
                }
            }
            return placedIds.size() == orders;
        });
        assertThat(Set.copyOf(placedIds.values())).hasSize(orders);

        // every order goes on: offered, unassigned with its reason, or accepted — never stuck PLACED
        Set<String> settled = Set.of("DISPATCHING", "UNASSIGNED", "ASSIGNED");
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            for (String orderId : placedIds.values()) {
                JsonNode order = http.get("/api/orders/" + orderId, resident).json();
                assertThat(order.path("state").asString()).as("order %s", orderId).isIn(settled);
                if (order.path("state").asString().equals("UNASSIGNED")) {
                    assertThat(order.path("unassignedReason").asString()).as("reason of %s", orderId).isNotBlank();
                }
            }
        });
        // and each one's job is readable by id (one job per order)
        for (String orderId : placedIds.values()) {
            Http.Reply job = http.get("/api/jobs/job-" + orderId, coordinator);
            assertThat(job.status()).as("job of %s: %s", orderId, job.body()).isEqualTo(200);
            assertThat(job.json().path("orderId").asString()).isEqualTo(orderId);
        }
        for (String orderId : placedIds.values()) {
            http.post("/api/orders/" + orderId + "/cancel", Map.of("reason", "fin du test"), resident);
        }
    }

    private void place(Map<String, String> resident, String key, LocalDate day, Map<String, String> placedIds,
            String name) {
        Map<String, String> headers = new HashMap<>(resident);
        headers.put("Idempotency-Key", key);
        String body = """
                {"serviceId":"%s","quantity":2,"communeInsee":"%s",
                 "address":{"line1":"3 place du Marché","postalCode":"38500"},
                 "slot":{"date":"%s","from":"09:00","to":"10:00"},"billing":"PERSONAL"}""".formatted(SERVICE, VOIRON, day);
        try {
            Http.Reply reply = http.post("/api/orders", body, headers);
            if (reply.status() == 201 || reply.status() == 200) {
                placedIds.put(name, reply.json().path("id").asString());
            } else {
                assertThat(reply.status()).as("%s: %s", name, reply.body()).isGreaterThanOrEqualTo(500);
            }
        } catch (RuntimeException connectionLost) {
            // the gateway or a service dropped the connection while the store was away: retried later
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
