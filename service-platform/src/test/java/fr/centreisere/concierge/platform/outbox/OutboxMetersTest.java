package fr.centreisere.concierge.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.centreisere.concierge.platform.due.DueSet;
import fr.centreisere.concierge.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The outboxes' gauge follows the due set: up when an owner's write adds a message, down once it is delivered. */
class OutboxMetersTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static MongoServer server;
    static MongoClient client;
    static MongoTemplate mongo;

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    OutboxRelay relay;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "outbox-meters-test");
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void oneRelayBound() {
        mongo.getDb().drop();
        relay = OutboxRelay.builder(mongo, OutboxLayout.embedded("owners", "outbox"))
                .settings(new OutboxSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(30), 50,
                        Duration.ofSeconds(2), Duration.ofMinutes(5), 0, 3, 20, Duration.ofSeconds(30)))
                .clock(new MutableClock(NOW))
                .destination("provider", (owner, message) -> SendResult.delivered(), GiveUp.never()).build();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("ownersOutbox", relay);
        new OutboxMeters(beans.getBeanProvider(OutboxRelay.class)).bindTo(registry);
    }

    private void owner(String id) {
        mongo.getCollection("owners").insertOne(new Document("_id", id)
                .append("outbox", OutboxBson.toBson(List.of(OutboxMessage.pending(id + "-m1", "provider", "PING",
                        Map.of("n", id), NOW)))));
        new DueSet(mongo, "owners_outbox").mark(id, NOW);
    }

    private double waiting() {
        return registry.get(OutboxMeters.WAITING).tag("outbox", "owners_outbox").gauge().value();
    }

    @Test
    void countsTheOwnersWithAMessageWaitingUntilItIsDelivered() {
        assertThat(waiting()).isZero();

        owner("o-1");
        owner("o-2");
        assertThat(waiting()).isEqualTo(2);

        assertThat(relay.deliverDue()).isEqualTo(2);
        assertThat(waiting()).isZero();
    }

    @Test
    void hasNoValueWhileTheDatabaseIsAway() {
        MongoServer other = new MongoServer(new MemoryBackend());
        other.bind("127.0.0.1", 0);
        int port = other.getLocalAddress().getPort();
        MongoClient away = MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString("mongodb://127.0.0.1:" + port))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(300, java.util.concurrent.TimeUnit.MILLISECONDS))
                .build());
        try {
            MongoTemplate gone = new MongoTemplate(away, "outbox-meters-away");
            OutboxRelay lost = OutboxRelay.builder(gone, OutboxLayout.embedded("owners", "outbox"))
                    .destination("provider", (owner, message) -> SendResult.delivered(), GiveUp.never()).build();
            DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
            beans.registerSingleton("lostOutbox", lost);
            SimpleMeterRegistry elsewhere = new SimpleMeterRegistry();
            new OutboxMeters(beans.getBeanProvider(OutboxRelay.class)).bindTo(elsewhere);
            other.shutdownNow();

            assertThat(elsewhere.get(OutboxMeters.WAITING).gauge().value()).isNaN();
        } finally {
            away.close();
        }
    }
}
