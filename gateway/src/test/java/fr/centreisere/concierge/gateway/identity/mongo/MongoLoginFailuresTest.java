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

/**
 * Failed logins through the real driver, against a MongoDB wire-protocol server: 3 per account and
 * address, 6 per account (past it, only addresses that failed on it wait), 5 per address, in 15 minutes.
 */
class MongoLoginFailuresTest {

    static final String OWNER_AT_HOME = "192.0.2.10";
    static final String VISITOR = "198.51.100.7";

    final MongoServer server = new MongoServer(new MemoryBackend());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "identity");
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    final MongoLoginFailures failures = new MongoLoginFailures(mongo, clock, 3, 6, 5, Duration.ofMinutes(15));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aVisitorsFailuresMakeOnlyTheVisitorWaitNeverTheOwnerFromElsewhere() {
        for (int i = 0; i < 3; i++) {
            assertThat(failures.blockedFor("coordinator@demo.test", VISITOR).block()).isNull();
            failures.recordFailure("coordinator@demo.test", VISITOR).block();
        }
        clock.advance(Duration.ofSeconds(60));
        assertThat(failures.blockedFor("coordinator@demo.test", VISITOR).block()).isEqualTo(Duration.ofMinutes(14));
        assertThat(failures.blockedFor("coordinator@demo.test", OWNER_AT_HOME).block()).isNull();
        assertThat(failures.blockedFor("paul@exemple.fr", VISITOR).block()).isNull();
        clock.advance(Duration.ofMinutes(14));
        assertThat(failures.blockedFor("coordinator@demo.test", VISITOR).block()).isNull();
    }

    @Test
    void manyAddressesFailingOnOneAccountMakeThoseAddressesWaitButNotAFreshOne() {
        for (int i = 0; i < 6; i++) {
            failures.recordFailure("coordinator@demo.test", "203.0.113." + i).block();
        }
        // each of them failed once only, far from the per-pair limit: the account-wide limit stops them
        for (int i = 0; i < 6; i++) {
            assertThat(failures.blockedFor("coordinator@demo.test", "203.0.113." + i).block()).isEqualTo(Duration.ofMinutes(15));
        }
        assertThat(failures.blockedFor("coordinator@demo.test", OWNER_AT_HOME).block()).isNull();
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
    void recordingAFailureTellsHowManyTheAccountHasInItsWindow() {
        assertThat(failures.recordFailure("jean@exemple.fr", "10.0.0.1").block()).isEqualTo(1);
        assertThat(failures.recordFailure("jean@exemple.fr", "10.0.0.2").block()).isEqualTo(2);
        assertThat(failures.recordFailure("paul@exemple.fr", "10.0.0.2").block()).isEqualTo(1);
    }

    @Test
    void simultaneousFailuresAllCount() {
        Flux.range(0, 3).flatMap(i -> failures.recordFailure("jean@exemple.fr", VISITOR)).blockLast();
        assertThat(failures.blockedFor("jean@exemple.fr", VISITOR).block()).isNotNull();
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresAndThoseOfItsAddress() {
        failures.recordFailure("jean@exemple.fr", "10.0.0.1").block();
        failures.recordFailure("jean@exemple.fr", "10.0.0.1").block();
        failures.forget("jean@exemple.fr", "10.0.0.1").block();
        failures.recordFailure("jean@exemple.fr", "10.0.0.1").block();
        failures.recordFailure("jean@exemple.fr", "10.0.0.1").block();
        assertThat(failures.blockedFor("jean@exemple.fr", "10.0.0.1").block()).isNull();
    }

    @Test
    void endedWindowsAreRemoved() {
        failures.recordFailure("jean@exemple.fr", "10.0.0.1").block();
        clock.advance(Duration.ofMinutes(16));
        assertThat(failures.removeEnded().block()).isEqualTo(3L);
    }
}
