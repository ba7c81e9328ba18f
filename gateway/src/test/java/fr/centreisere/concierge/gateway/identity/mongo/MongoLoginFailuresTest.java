package fr.centreisere.concierge.gateway.identity.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;

import fr.centreisere.concierge.testsupport.MutableClock;

/** Failed logins through the real driver, against a MongoDB wire-protocol server. */
class MongoLoginFailuresTest {

    final MongoServer server = new MongoServer(new MemoryBackend());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "identity");
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    final MongoLoginFailures failures = new MongoLoginFailures(mongo, clock, 3, 5, Duration.ofMinutes(15));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anAccountWaitsAfterTooManyFailuresUntilItsWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(failures.blockedFor("jean@exemple.fr", "10.0.0." + i).block()).isNull();
            failures.recordFailure("jean@exemple.fr", "10.0.0." + i).block();
        }
        clock.advance(Duration.ofSeconds(60));
        assertThat(failures.blockedFor("jean@exemple.fr", "10.0.0.99").block()).isEqualTo(Duration.ofMinutes(14));
        assertThat(failures.blockedFor("paul@exemple.fr", "10.0.0.99").block()).isNull();
        clock.advance(Duration.ofMinutes(14));
        assertThat(failures.blockedFor("jean@exemple.fr", "10.0.0.99").block()).isNull();
        // a failure after the window starts a new one
        failures.recordFailure("jean@exemple.fr", "10.0.0.1").block();
        assertThat(failures.blockedFor("jean@exemple.fr", "10.0.0.99").block()).isNull();
    }

    @Test
    void anAddressWaitsAfterTooManyFailuresOnAnyAccounts() {
        for (int i = 0; i < 5; i++) {
            failures.recordFailure("user" + i + "@exemple.fr", "10.0.0.1").block();
        }
        assertThat(failures.blockedFor("new@exemple.fr", "10.0.0.1").block()).isEqualTo(Duration.ofMinutes(15));
        assertThat(failures.blockedFor("new@exemple.fr", "10.0.0.2").block()).isNull();
    }

    @Test
    void simultaneousFailuresAllCount() {
        Flux.range(0, 3).flatMap(i -> failures.recordFailure("jean@exemple.fr", "10.0.0." + i)).blockLast();
        assertThat(failures.blockedFor("jean@exemple.fr", "10.0.0.99").block()).isNotNull();
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() {
        failures.recordFailure("jean@exemple.fr", "10.0.0.1").block();
        failures.recordFailure("jean@exemple.fr", "10.0.0.1").block();
        failures.forget("jean@exemple.fr").block();
        failures.recordFailure("jean@exemple.fr", "10.0.0.1").block();
        failures.recordFailure("jean@exemple.fr", "10.0.0.1").block();
        assertThat(failures.blockedFor("jean@exemple.fr", "10.0.0.2").block()).isNull();
    }

    @Test
    void endedWindowsAreRemoved() {
        failures.recordFailure("jean@exemple.fr", "10.0.0.1").block();
        clock.advance(Duration.ofMinutes(16));
        assertThat(failures.removeEnded().block()).isEqualTo(2L);
    }
}
