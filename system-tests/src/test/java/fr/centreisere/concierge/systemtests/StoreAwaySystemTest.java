package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * Issue 12: with the embedded store stopped, the gateway gives a quick, honest answer — a 503
 * problem with Retry-After within 5 s for a catalog search and for a login (they answered 504 after
 * 30 s and 500), and a service's readiness is down; once the store is started again, everything
 * answers. The store is started again whatever happens: the other system tests share the system.
 */
@SystemTest
class StoreAwaySystemTest {

    private final ConciergeSystem system;
    private final Http http;

    StoreAwaySystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void withTheStoreStoppedTheGatewayAnswers503ProblemsWithinFiveSecondsThenEverythingAnswersAgain() {
        SignIn.as(http, "resident@demo.test");
        Map<String, String> login = Map.of("email", "resident@demo.test", "password", SignIn.DEMO_PASSWORD);
        // a search just before the stop: the catalog in memory was checked against the store a moment ago
        assertThat(http.get("/api/catalog/services?commune=38563").status()).isEqualTo(200);
        system.stop("embedded-mongodb").assertSucceeded();
        try {
            untilTheCatalogChecksTheStoreAgain();
            quick503(() -> http.get("/api/catalog/services?commune=38563"));
            quick503(() -> http.post("/api/auth/login", login, Map.of()));
            Http.Reply readiness = http.get(system.managementUrl("catalog-service") + "/actuator/health/readiness");
            assertThat(readiness.status()).as(readiness.toString()).isEqualTo(503);
        } finally {
            system.start("embedded-mongodb").assertSucceeded();
        }
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(http.get("/api/catalog/services?commune=38563").status()).isEqualTo(200);
            assertThat(http.post("/api/auth/login", login, Map.of()).status()).isEqualTo(200);
        });
    }

    /**
     * The catalog answers searches from memory and reads the store's version at most every
     * {@code catalog.read-model.check-interval} (500 ms, issue 15): a search that soon after the last check is
     * answered from memory, the first one after it finds the store away. At most that long, and only 200s
     * before the 503.
     */
    private void untilTheCatalogChecksTheStoreAgain() {
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> http.get("/api/catalog/services?commune=38563"), reply -> {
                    assertThat(reply.status()).as(reply.toString()).isIn(200, 503);
                    return reply.status() == 503;
                });
    }

    private static void quick503(Supplier<Http.Reply> call) {
        Instant start = Instant.now();
        Http.Reply reply = call.get();
        Duration took = Duration.between(start, Instant.now());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.headers().keySet().stream().anyMatch("retry-after"::equalsIgnoreCase)).as(reply.headers().toString()).isTrue();
        assertThat(took).as("answered in %s", took).isLessThan(Duration.ofSeconds(5));
    }
}
