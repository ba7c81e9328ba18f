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
        system.stop("embedded-mongodb").assertSucceeded();
        try {
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
