package fr.centreisere.concierge.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.centreisere.concierge.testsupport.MutableClock;
import fr.centreisere.concierge.platform.due.DueSet;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The relay against a MongoDB wire-protocol server, through the real driver: owners are raw documents
 * with an embedded {@code outbox} array (or one message each), as any service stores them.
 */
class OutboxRelayTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static MongoServer server;
    static MongoClient client;
    static MongoTemplate mongo;

    MutableClock clock;
    final Queue<String> sent = new ConcurrentLinkedQueue<>();
    final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "outbox-test");
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void clean() {
        mongo.getDb().drop();
        clock = new MutableClock(NOW);
    }

    // --- fixtures -----------------------------------------------------------------------------------

    /** An owner written with its messages, and marked due as its repository does right after its write. */
    private void owner(String id, OutboxMessage... messages) {
        mongo.getCollection("owners").insertOne(new Document("_id", id).append("version", 0L)
                .append("outbox", OutboxBson.toBson(List.of(messages))));
        new DueSet(mongo, "owners_outbox").mark(id, NOW);
    }

    private static OutboxMessage message(String id, String destination) {
        return OutboxMessage.pending(id, destination, "PING", Map.of("n", id), NOW);
    }

    private OutboxRelay.Builder relay() {
        return OutboxRelay.builder(mongo, OutboxLayout.embedded("owners", "outbox").versioned("version"))
                .settings(new OutboxSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(30), 50,
                        Duration.ofSeconds(2), Duration.ofMinutes(5), 0, 3, 20, Duration.ofSeconds(30)))
                .clock(clock).random(RandomGenerator.getDefault());
    }

    private OutboxSender recording(SendResult result) {
        return (owner, message) -> {
            sent.add(message.id());
            sends.computeIfAbsent(message.id(), k -> new AtomicInteger()).incrementAndGet();
            return result;
        };
    }

    private OutboxMessage stored(String owner, String messageId) {
        return new MongoOutboxStore(mongo, OutboxLayout.embedded("owners", "outbox")).load(owner).orElseThrow()
                .find(messageId).orElseThrow();
    }

    // --- delivery and order -------------------------------------------------------------------------

    @Test
    void oneOwnersMessagesOfALaneLeaveInTheOrderWrittenTheNextOnlyOnceThePreviousIsAcknowledged() {
        owner("o-1", message("o-1-m1", "provider"), message("o-1-m2", "provider"), message("o-1-m3", "provider"));
        AtomicInteger calls = new AtomicInteger();
        OutboxRelay relay = relay().destination("provider", (owner, m) -> {
            sent.add(m.id());
            // the first attempt of the first message fails
            return calls.incrementAndGet() == 1 ? SendResult.failed(503, "HTTP 503") : SendResult.delivered();
        }, GiveUp.never()).build();

        assertThat(relay.deliverDue()).isZero();
        assertThat(sent).containsExactly("o-1-m1");
        assertThat(stored("o-1", "o-1-m2").nextAttemptAt()).as("deferred behind its head")
                .isEqualTo(NOW.plusSeconds(2));
        assertThat(relay.deliverDue()).isZero();
        assertThat(sent).containsExactly("o-1-m1");

        clock.advance(Duration.ofSeconds(2));
        assertThat(relay.deliverDue()).isEqualTo(3);
        assertThat(sent).containsExactly("o-1-m1", "o-1-m1", "o-1-m2", "o-1-m3");
        assertThat(stored("o-1", "o-1-m1").attempts()).isEqualTo(2);
        assertThat(stored("o-1", "o-1-m3").sentAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(relay.deliverDue()).isZero();
    }

    @Test
    void aLaneThatFailsDoesNotHoldUpAnotherLaneOfTheSameOwner() {
        owner("o-1", message("o-1-m1", "provider"), message("o-1:n:1", "notification"),
                message("o-1:n:2", "notification"));
        OutboxRelay relay = relay()
                .destination("provider", recording(SendResult.failed(null, "ConnectException")), GiveUp.never())
                .destination("notification", recording(SendResult.delivered()), GiveUp.never()).build();

        assertThat(relay.deliver("o-1")).isEqualTo(2);

        assertThat(sent).containsExactly("o-1-m1", "o-1:n:1", "o-1:n:2");
        assertThat(stored("o-1", "o-1-m1").delivered()).isFalse();
        assertThat(stored("o-1", "o-1:n:2").delivered()).isTrue();
    }

    @Test
    void anAnswerIsKeptInTheDeliveredMessage() {
        owner("o-1", message("o-1-m1", "provider"));
        OutboxRelay relay = relay().destination("provider",
                recording(SendResult.delivered(Map.of("jobId", "job-1", "state", "OFFERED"))), GiveUp.never()).build();

        relay.deliver("o-1");

        assertThat(stored("o-1", "o-1-m1").answer()).containsEntry("jobId", "job-1").containsEntry("state", "OFFERED");
        assertThat(stored("o-1", "o-1-m1").payload()).containsEntry("n", "o-1-m1");
    }

    // --- backoff, give up, report -------------------------------------------------------------------

    @Test
    void failuresAreRetriedWithADoublingWaitUpToTheLongest() {
        owner("o-1", message("o-1-m1", "provider"));
        OutboxRelay relay = relay().destination(OutboxRelay.Destination.of("provider",
                recording(SendResult.failed(503, "HTTP 503"))).retrying(new Backoff(Duration.ofSeconds(2),
                        Duration.ofSeconds(10), 0))).build();
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            relay.deliverDue();
            Instant next = stored("o-1", "o-1-m1").nextAttemptAt();
            waits.add(Duration.between(clock.instant(), next));
            clock.set(next);
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertThat(sends.get("o-1-m1")).hasValue(5);
        assertThat(stored("o-1", "o-1-m1").lastStatus()).isEqualTo(503);
    }

    @Test
    void theJitterSpreadsEachWaitWithinItsFraction() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 0.2);
        RandomGenerator random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.after(2, random)).isBetween(Duration.ofSeconds(16), Duration.ofSeconds(24));
        }
    }

    @Test
    void aFinalAnswerIsGivenUpAtOnceAndReportedUntilItsOwnerHandlesIt() {
        owner("o-1", message("o-1:n:1", "notification"), message("o-1:n:2", "notification"));
        OutboxRelay relay = relay().destination("notification",
                recording(SendResult.failed(422, "HTTP 422: invalid")), GiveUp.onStatus(400, 422)).build();

        assertThat(relay.deliver("o-1")).isEqualTo(2);

        OutboxMessage first = stored("o-1", "o-1:n:1");
        assertThat(first.givenUp()).isTrue();
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isEqualTo("HTTP 422: invalid");
        assertThat(relay.needingAttention(10)).extracting(StuckMessage::messageId)
                .containsExactly("o-1:n:1", "o-1:n:2");
        clock.advance(Duration.ofHours(1));
        assertThat(relay.deliverDue()).isZero();
        assertThat(sends.get("o-1:n:1")).hasValue(1);

        // the owner dealt with it (in its own write): no longer reported
        Outbox outbox = relay.store().load("o-1").orElseThrow();
        outbox.replace("o-1:n:1", m -> m.handled(clock.instant()));
        mongo.getCollection("owners").updateOne(new Document("_id", "o-1"),
                new Document("$set", new Document("outbox", OutboxBson.toBson(outbox.messages()))));
        assertThat(relay.needingAttention(10)).extracting(StuckMessage::messageId).containsExactly("o-1:n:2");
    }

    @Test
    void aMessageIsGivenUpAfterItsLastAllowedAttempt() {
        owner("o-1", message("o-1-m1", "provider"));
        OutboxRelay relay = relay().destination("provider", recording(SendResult.failed(null, "SocketTimeout")),
                GiveUp.afterAttempts(3)).build();
        for (int i = 0; i < 6; i++) {
            relay.deliverDue();
            clock.advance(Duration.ofMinutes(5));
        }

        assertThat(sends.get("o-1-m1")).hasValue(3);
        assertThat(stored("o-1", "o-1-m1").givenUp()).isTrue();
    }

    @Test
    void aMessageTriedThreeTimesIsReportedUntilItGetsThrough() {
        owner("o-1", message("o-1-m1", "provider"));
        owner("o-2", message("o-2-m1", "provider"));
        AtomicInteger failuresLeft = new AtomicInteger(5);
        OutboxRelay relay = relay().destination("provider", (owner, m) -> owner.equals("o-1")
                || failuresLeft.decrementAndGet() < 0 ? SendResult.failed(503, "HTTP 503") : SendResult.delivered(),
                GiveUp.never()).build();
        relay.deliverDue();
        clock.advance(Duration.ofSeconds(2));
        relay.deliverDue();
        assertThat(relay.needingAttention(10)).isEmpty();
        clock.advance(Duration.ofSeconds(4));
        relay.deliverDue();

        assertThat(relay.needingAttention(10)).singleElement().satisfies(stuck -> {
            assertThat(stuck.owner()).isEqualTo("o-1");
            assertThat(stuck.destination()).isEqualTo("provider");
            assertThat(stuck.kind()).isEqualTo("PING");
            assertThat(stuck.attempts()).isEqualTo(3);
            assertThat(stuck.lastError()).isEqualTo("HTTP 503");
            assertThat(stuck.since()).isEqualTo(NOW);
            assertThat(stuck.givenUp()).isFalse();
        });
        assertThat(mongo.count(Query.query(relay.store().needsAttentionCriteria(3)), "owners")).isEqualTo(1);
    }

    // --- leases and racing relays -------------------------------------------------------------------

    @Test
    void aLeaseLeftByARelayThatDiedIsTakenOverOnceItExpires() {
        owner("o-1", message("o-1-m1", "provider"));
        // the first relay claims, sends, and dies before writing the outcome
        OutboxRelay dying = relay().destination(OutboxRelay.Destination.of("provider",
                recording(SendResult.delivered())).settledBy((owner, claimed, settled) -> { })).build();
        OutboxRelay other = relay().destination("provider", recording(SendResult.delivered()), GiveUp.never()).build();
        dying.deliver("o-1");
        assertThat(stored("o-1", "o-1-m1").claimedAt(clock.instant())).isTrue();

        clock.advance(Duration.ofSeconds(29));
        assertThat(other.deliverDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(other.deliverDue()).isEqualTo(1);

        assertThat(sends.get("o-1-m1")).hasValue(2);
        assertThat(stored("o-1", "o-1-m1").delivered()).isTrue();
    }

    @Test
    void aClaimAndASettlementMoveTheOwnersVersionSoThatAnOwnerWriteFromAnOlderReadFails() {
        owner("o-1", message("o-1-m1", "provider"));
        relay().destination("provider", recording(SendResult.delivered()), GiveUp.never()).build().deliver("o-1");

        assertThat(mongo.getCollection("owners").find(new Document("_id", "o-1")).first().getLong("version"))
                .isEqualTo(2L);
    }

    @Test
    void twoRelaysRacingSendEachMessageOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            owner("o-" + i, message("o-" + i + "-m1", "provider"), message("o-" + i + "-m2", "provider"));
        }
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        OutboxSender sender = (owner, m) -> {
            sends.computeIfAbsent(m.id(), k -> new AtomicInteger()).incrementAndGet();
            order.add(m.id());
            return SendResult.delivered();
        };
        OutboxRelay first = relay().destination("provider", sender, GiveUp.never()).build();
        OutboxRelay second = relay().destination("provider", sender, GiveUp.never()).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        for (OutboxRelay relay : List.of(first, second)) {
            pool.submit(() -> {
                start.await();
                relay.deliverDue();
                return relay.deliverDue();
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(sends).hasSize(80);
        assertThat(sends.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        for (int i = 0; i < 40; i++) {
            assertThat(order.indexOf("o-" + i + "-m1")).isLessThan(order.indexOf("o-" + i + "-m2"));
        }
    }

    @Test
    void aStartedRelayDeliversOnItsOwnEveryIntervalUntilStopped() throws Exception {
        owner("o-1", message("o-1-m1", "provider"));
        OutboxRelay relay = OutboxRelay.builder(mongo, OutboxLayout.embedded("owners", "outbox"))
                .settings(new OutboxSettings(true, Duration.ofMillis(50), Duration.ofSeconds(30), 50,
                        Duration.ofSeconds(2), Duration.ofMinutes(5), 0, 3, 20, Duration.ofSeconds(30)))
                .clock(clock).destination("provider", recording(SendResult.delivered()), GiveUp.never()).build();
        relay.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (sent.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            relay.stop();
        }

        assertThat(sent).containsExactly("o-1-m1");
        assertThat(relay.isRunning()).isFalse();
    }

    // --- a document that is one message ---------------------------------------------------------------

    @Test
    void aDocumentThatIsOneMessageIsClaimedRetriedAndDeliveredLikeAnEmbeddedOne() {
        Document mail = OutboxBson.toBson(OutboxMessage.pending("mail-1", "smtp", "MAIL", Map.of("to", "a@b.fr"), NOW));
        mail.remove("id");
        mongo.getCollection("mails").insertOne(new Document("_id", "mail-1").append("subject", "Bonjour")
                .append("delivery", mail));
        new DueSet(mongo, "mails_delivery").mark("mail-1", NOW);
        AtomicInteger calls = new AtomicInteger();
        OutboxRelay relay = OutboxRelay.builder(mongo, OutboxLayout.single("mails", "delivery"))
                .settings(new OutboxSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(30), 50,
                        Duration.ofSeconds(2), Duration.ofMinutes(5), 0, 3, 20, Duration.ofSeconds(30)))
                .clock(clock).destination("smtp", (owner, m) -> {
                    assertThat(owner).isEqualTo("mail-1");
                    assertThat(m.text("to")).isEqualTo("a@b.fr");
                    return calls.incrementAndGet() == 1 ? SendResult.failed(null, "SMTP down") : SendResult.delivered();
                }, GiveUp.never()).build();

        assertThat(relay.deliverDue()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(relay.deliverDue()).isEqualTo(1);
        assertThat(relay.deliverDue()).isZero();

        Document stored = mongo.getCollection("mails").find().first();
        assertThat(stored.getString("subject")).isEqualTo("Bonjour");
        OutboxMessage delivered = relay.store().load("mail-1").orElseThrow().messages().get(0);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.sentAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(calls).hasValue(2);
    }

    // --- what was stored before -----------------------------------------------------------------------

    @Test
    void aMessageStoredBeforeThePlatformOutboxIsReadWithItsFieldsAsPayload() {
        Document legacy = new Document("id", "ord-1-m2").append("kind", "REASSIGN").append("memberId", "mbr-1")
                .append("reason", "usr-coord").append("createdAt", java.util.Date.from(NOW)).append("attempts", 1)
                .append("nextAttemptAt", java.util.Date.from(NOW)).append("droppedAt", java.util.Date.from(NOW))
                .append("lastError", "refused");

        OutboxMessage read = OutboxBson.fromBson(legacy, "provider-service");

        assertThat(read.destination()).isEqualTo("provider-service");
        assertThat(read.lane()).isEqualTo("provider-service");
        assertThat(read.payload()).containsEntry("memberId", "mbr-1").containsEntry("reason", "usr-coord");
        assertThat(read.givenUp()).isTrue();
        assertThat(read.needsAttention()).as("a refusal its owner handled then").isFalse();
    }
}
