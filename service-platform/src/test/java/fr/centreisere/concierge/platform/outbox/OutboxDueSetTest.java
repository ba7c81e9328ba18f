package fr.centreisere.concierge.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.centreisere.concierge.platform.due.DueSet;
import fr.centreisere.concierge.platform.due.DueSetWriters;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.testsupport.MutableClock;
import fr.centreisere.concierge.testsupport.RecordedCommands;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The relay's due set: a round reads the small set of owners with something pending, never the owners'
 * collection, however much delivered history it holds (asserted on the commands the store receives).
 */
class OutboxDueSetTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final OutboxLayout LAYOUT = OutboxLayout.embedded("owners", "outbox").versioned("version");
    static MongoServer server;
    static MongoClient client;
    static MongoTemplate mongo;
    static final RecordedCommands commands = new RecordedCommands();

    MutableClock clock;
    DueSets dueSets;
    final Queue<String> sent = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .addCommandListener(commands).build());
        mongo = new MongoTemplate(client, "due-test");
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
        dueSets = new DueSets(mongo);
        commands.clear();
    }

    private void owner(String id, OutboxMessage message) {
        mongo.getCollection("owners").insertOne(new Document("_id", id).append("version", 0L)
                .append("outbox", OutboxBson.toBson(List.of(message))));
    }

    private static OutboxMessage pending(String id) {
        return OutboxMessage.pending(id, "provider", "PING", Map.of("n", id), NOW.minusSeconds(60));
    }

    private OutboxRelay relay(boolean enabled, Duration interval, SendResult result) {
        return OutboxRelay.builder(mongo, LAYOUT).dueSets(dueSets)
                .settings(new OutboxSettings(enabled, interval, Duration.ofSeconds(30), 50,
                        Duration.ofSeconds(2), Duration.ofMinutes(5), 0, 3, 20, Duration.ofSeconds(30)))
                .clock(clock).destination("provider", (owner, m) -> {
                    sent.add(m.id());
                    return result;
                }, GiveUp.never()).build();
    }

    /** The filters of the commands named {@code command} that the store received on {@code collection}. */
    private static List<BsonDocument> filters(String command, String collection) {
        return commands.filters(command, collection);
    }

    @Test
    void aRoundReadsTheDueSetAndTheDueOwnersByIdNeverTheDeliveredHistory() {
        OutboxMessage delivered = pending("old").delivered(NOW.minusSeconds(30), null);
        for (int i = 0; i < 300; i++) {
            owner("o-old-" + i, delivered);
        }
        owner("o-new", pending("o-new-m1"));
        dueSets.named(LAYOUT.dueSetName()).mark("o-new", NOW);
        OutboxRelay relay = relay(false, Duration.ofSeconds(5), SendResult.delivered());
        commands.clear();

        assertThat(relay.deliverDue()).isEqualTo(1);

        assertThat(sent).containsExactly("o-new-m1");
        assertThat(filters("find", "owners")).isNotEmpty()
                .allSatisfy(filter -> assertThat(filter.keySet()).containsExactly("_id"));
        assertThat(filters("aggregate", "owners")).isEmpty();
        assertThat(filters("count", "owners")).isEmpty();
        assertThat(filters("find", "due_owners_outbox")).isNotEmpty();
        assertThat(relay.due().size()).as("nothing pending any more: the due set is empty").isZero();

        commands.clear();
        assertThat(relay.deliverDue()).isZero();
        assertThat(filters("find", "owners")).as("an idle round does not touch the owners").isEmpty();
    }

    @Test
    void aFailedMessageStaysInTheDueSetUntilItsRetryThenLeavesWithItsDelivery() {
        owner("o-1", pending("o-1-m1"));
        DueSet due = dueSets.named(LAYOUT.dueSetName());
        due.mark("o-1", NOW);
        OutboxRelay failing = relay(false, Duration.ofSeconds(5), SendResult.failed(503, "HTTP 503"));

        failing.deliverDue();

        assertThat(due.entry("o-1")).hasValueSatisfying(entry -> assertThat(entry.dueAt())
                .isEqualTo(NOW.plusSeconds(2)));
        assertThat(failing.deliverDue()).as("not yet due").isZero();
        assertThat(sent).hasSize(1);

        clock.advance(Duration.ofSeconds(2));
        OutboxRelay working = relay(false, Duration.ofSeconds(5), SendResult.delivered());
        assertThat(working.deliverDue()).isEqualTo(1);
        assertThat(due.size()).isZero();
    }

    @Test
    void aMarkMadeWhileTheSweepLooksIsNotLost() {
        DueSet due = dueSets.named("things");
        due.mark("k", NOW);
        DueSet.Entry read = due.entry("k").orElseThrow();

        due.mark("k", NOW.plusSeconds(10)); // a writer, meanwhile

        assertThat(due.clear(read)).isFalse();
        assertThat(due.reschedule(read, NOW.plusSeconds(60))).isFalse();
        assertThat(due.entry("k")).hasValueSatisfying(entry -> assertThat(entry.dueAt())
                .as("the earlier due time stays").isEqualTo(NOW));
        assertThat(due.clear(due.entry("k").orElseThrow())).isTrue();
        assertThat(due.size()).isZero();
    }

    @Test
    void aClearFromAReadOfAnEntryThatWentAndCameBackTakesNothing() {
        DueSet due = dueSets.named("things");
        DueSet.Entry read = due.marked("k", NOW).orElseThrow();
        assertThat(due.clear(read)).isTrue();

        due.mark("k", NOW.plusSeconds(5)); // new pending work: the entry is made again

        assertThat(due.clear(read)).as("a mark it never saw").isFalse();
        assertThat(due.reschedule(read, NOW.plusSeconds(60))).isFalse();
        assertThat(due.size()).isOne();
    }

    @Test
    void theStartsReconciliationMarksWhatACrashBetweenAWriteAndItsMarkLeftOut() {
        owner("o-1", pending("o-1-m1"));
        owner("o-2", pending("o-2-m1").delivered(NOW, null));
        OutboxRelay relay = relay(false, Duration.ofSeconds(5), SendResult.delivered());
        assertThat(relay.deliverDue()).as("not marked: not seen").isZero();

        assertThat(relay.reconcile()).isEqualTo(1);

        assertThat(relay.due().entry("o-1")).isPresent();
        assertThat(relay.due().entry("o-2")).isEmpty();
        assertThat(relay.deliverDue()).isEqualTo(1);
        assertThat(sent).containsExactly("o-1-m1");
    }

    /**
     * Issue 15: every relay read its owners' whole collection at every start (a write whose mark a crash lost);
     * with 100,000 orders and jobs those reads held the embedded store past the driver's socket timeout and the
     * services could not start. Now only when an instance died without stopping, or once for a store without records.
     */
    @Test
    void aCleanRestartDoesNotReadTheOwnersCollectionWholeAFirstStartDoes() throws Exception {
        owner("o-1", pending("o-1-m1")); // written by an earlier version, its mark lost
        OutboxRelay first = relay(true, Duration.ofHours(1), SendResult.delivered());
        first.start();
        awaitRecords(1);
        await(() -> first.due().entry("o-1").isPresent());
        assertThat(wholeReadsOfTheOwners()).as("no record of earlier instances: reconciled once").isNotEmpty();
        first.stop();
        assertThat(records()).as("a clean stop removes its record").isZero();

        commands.clear();
        OutboxRelay second = relay(true, Duration.ofHours(1), SendResult.delivered());
        second.start();
        try {
            awaitRecords(1);
            assertThat(wholeReadsOfTheOwners()).as("after a clean stop").isEmpty();
        } finally {
            second.stop();
        }
    }

    @Test
    void anInstanceThatDiedWithoutStoppingIsReconciledAfterByTheNextStartOrHeartbeat() throws Exception {
        OutboxRelay.markDueSetComplete(mongo, LAYOUT, clock);
        // an instance killed a minute ago: its record is not stale yet
        mongo.getCollection(DueSetWriters.COLLECTION).insertOne(new Document("_id", LAYOUT.dueSetName() + "|dead")
                .append("relay", LAYOUT.dueSetName()).append("seenAt", java.util.Date.from(NOW.minusSeconds(60))));
        owner("o-1", pending("o-1-m1")); // written by it, its mark lost with it
        OutboxRelay next = relay(true, Duration.ofHours(1), SendResult.delivered());
        next.start();
        try {
            awaitRecords(2);
            assertThat(wholeReadsOfTheOwners()).as("the dead one still looks alive").isEmpty();

            clock.advance(Duration.ofMinutes(3));
            next.heartbeatQuietly();
            assertThat(next.due().entry("o-1")).as("reconciled once the dead record is stale").isPresent();
            assertThat(records()).as("the dead record is gone, the living one stays").isEqualTo(1);
        } finally {
            next.stop();
        }
    }

    private long records() {
        return mongo.getCollection(DueSetWriters.COLLECTION).countDocuments(new Document("relay", LAYOUT.dueSetName()));
    }

    private void awaitRecords(long expected) throws InterruptedException {
        await(() -> records() == expected);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** The reconciliation's read: the owners found by a filter that is not their id. */
    private static List<BsonDocument> wholeReadsOfTheOwners() {
        return filters("find", "owners").stream().filter(filter -> !filter.keySet().equals(java.util.Set.of("_id"))).toList();
    }

    @Test
    void aStartedRelayDeliversAMarkedOwnerRightAfterItsWriteWithoutWaitingForARound() throws Exception {
        OutboxRelay relay = relay(true, Duration.ofHours(1), SendResult.delivered());
        relay.start();
        try {
            owner("o-1", pending("o-1-m1"));
            dueSets.named(LAYOUT.dueSetName()).mark("o-1", NOW);
            // well before the round (an hour away); generous for a loaded machine (it once took over 5 s in a build
            // beside a fill of 100,000 orders): the loop ends at the delivery
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (sent.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            relay.stop();
        }

        assertThat(sent).containsExactly("o-1-m1");
    }

    // --- when rounds run (issue 15: the idle stack) --------------------------------------------------

    /**
     * A relay started on the real clock over a complete due set (no reconciliation): rounds no sooner than
     * {@code interval}, at most {@code quiet} apart.
     */
    private OutboxRelay startedRelay(Duration interval, Duration quiet, Duration firstRetry,
            java.util.function.Supplier<SendResult> results) {
        OutboxRelay.markDueSetComplete(mongo, LAYOUT, clock);
        OutboxRelay relay = OutboxRelay.builder(mongo, LAYOUT).dueSets(dueSets)
                .settings(new OutboxSettings(true, interval, Duration.ofSeconds(30), 50, firstRetry,
                        Duration.ofMinutes(5), 0, 3, 20, quiet))
                .clock(java.time.Clock.systemUTC()).destination("provider", (owner, m) -> {
                    sent.add(m.id());
                    return results.get();
                }, GiveUp.never()).build();
        relay.start();
        return relay;
    }

    /**
     * Issue 15: every relay read its due set every interval (2 to 5 s) whatever it held, each read a query of
     * the service and of the store: with a dozen relays, a good part of the idle stack's CPU. Now a relay with
     * nothing due looks once per quiet interval.
     */
    @Test
    void anIdleRelayReadsItsDueSetOncePerQuietIntervalNotEveryInterval() throws Exception {
        OutboxRelay relay = startedRelay(Duration.ofMillis(50), Duration.ofSeconds(30), Duration.ofSeconds(2),
                SendResult::delivered);
        try {
            Thread.sleep(1_500); // thirty intervals
        } finally {
            relay.stop();
        }

        assertThat(filters("find", "due_owners_outbox")).as("the first round only, an interval after the start")
                .hasSizeBetween(1, 2);
    }

    @Test
    void aFailedDeliveryIsTriedAgainAtItsRetryTimeNotAQuietIntervalLater() throws Exception {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        OutboxRelay relay = startedRelay(Duration.ofMillis(50), Duration.ofMinutes(10), Duration.ofMillis(300),
                () -> attempts.incrementAndGet() == 1 ? SendResult.failed(503, "HTTP 503") : SendResult.delivered());
        try {
            owner("o-1", pending("o-1-m1"));
            dueSets.named(LAYOUT.dueSetName()).mark("o-1", Instant.now());
            await(() -> attempts.get() >= 2 && relay.due().size() == 0);
        } finally {
            relay.stop();
        }

        assertThat(sent).containsExactly("o-1-m1", "o-1-m1");
    }

    @Test
    void whatAnotherInstanceMarkedIsDeliveredByTheQuietRound() throws Exception {
        OutboxRelay relay = startedRelay(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(2),
                SendResult::delivered);
        try {
            Thread.sleep(200); // its first round has looked: nothing then
            owner("o-1", pending("o-1-m1"));
            new DueSet(mongo, LAYOUT.dueSetName()).mark("o-1", Instant.now()); // not this process's due sets
            await(() -> !sent.isEmpty());
        } finally {
            relay.stop();
        }

        assertThat(sent).containsExactly("o-1-m1");
    }

    // --- claims the embedded store serves from an index ------------------------------------------

    private void claimedOnceOf2(MongoOutboxStore store, String owner) {
        OutboxMessage read = store.load(owner).orElseThrow().messages().get(0);
        commands.clear();

        assertThat(store.claim(owner, read, "token-a", NOW.plusSeconds(30))).isPresent();
        assertThat(store.claim(owner, read, "token-b", NOW.plusSeconds(30))).as("the same read, again").isEmpty();
        assertThat(store.load(owner).orElseThrow().messages().get(0).claimToken()).isEqualTo("token-a");
    }

    @Test
    void aVersionedOwnersClaimIsOneWriteOnItsIdAndTheMessageAsReadAndOnlyOneOfTwoWins() {
        owner("o-1", pending("o-1-m1"));
        claimedOnceOf2(new MongoOutboxStore(mongo, LAYOUT), "o-1");

        assertThat(filters("update", "owners")).hasSize(2)
                .allSatisfy(filter -> assertThat(filter.keySet()).containsExactly("_id", "outbox"));
        assertThat(filters("find", "owners")).as("no read before the write: its filter is the condition")
                .hasSize(1); // the load after the claims
        assertThat(mongo.getCollection("owners").find().first().get("version")).as("the claim moved it").isEqualTo(1L);
    }

    @Test
    void anUnversionedOwnersClaimIsOneWriteOnItsIdAndTheMessageAsRead() {
        owner("o-1", pending("o-1-m1"));
        claimedOnceOf2(new MongoOutboxStore(mongo, OutboxLayout.embedded("owners", "outbox")), "o-1");

        assertThat(filters("update", "owners")).hasSize(2)
                .allSatisfy(filter -> assertThat(filter.keySet()).containsExactly("_id", "outbox"));
        assertThat(filters("find", "owners")).hasSize(1);
    }

    private void mail(String id) {
        Document mail = OutboxBson.toBson(pending(id));
        mail.remove("id");
        mongo.getCollection("mails").insertOne(new Document("_id", id).append("delivery", mail));
    }

    @Test
    void aOneMessageDocumentsClaimIsOneWriteOnItsIdAndTheMessageAsRead() {
        mail("mail-1");
        claimedOnceOf2(new MongoOutboxStore(mongo, OutboxLayout.single("mails", "delivery")), "mail-1");

        assertThat(filters("update", "mails")).hasSize(2).allSatisfy(filter -> assertThat(filter.keySet())
                .containsExactly("_id", "delivery.claimToken", "delivery.sentAt", "delivery.givenUpAt",
                        "delivery.withdrawnAt"));
        assertThat(filters("find", "mails")).hasSize(1);
    }

    /**
     * Issue 15: a message cost the store six reads and four writes (the owner read again before the claim, before
     * the settlement and after it). Now: the due set's entry and the owner read once, the claim and the
     * settlement each one conditional write, the due set's entry cleared.
     */
    @Test
    void aDeliveredMessageCostsOneReadOfItsOwnerAndTwoWritesWhateverTheLayout() {
        owner("o-1", pending("o-1-m1"));
        owner("o-2", pending("o-2-m1"));
        mail("mail-1");
        Map<String, OutboxLayout> layouts = Map.of("o-1", LAYOUT, "o-2", OutboxLayout.embedded("owners", "outbox"),
                "mail-1", OutboxLayout.single("mails", "delivery"));
        for (Map.Entry<String, OutboxLayout> each : layouts.entrySet()) {
            String owner = each.getKey();
            OutboxLayout layout = each.getValue();
            OutboxRelay relay = OutboxRelay.builder(mongo, layout).dueSets(dueSets)
                    .settings(new OutboxSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(30), 50,
                            Duration.ofSeconds(2), Duration.ofMinutes(5), 0, 3, 20, Duration.ofSeconds(30)))
                    .clock(clock).destination("provider", (o, m) -> SendResult.delivered(), GiveUp.never()).build();
            relay.due().mark(owner, NOW);
            commands.clear();

            assertThat(relay.deliver(owner)).as(layout.toString()).isEqualTo(1);

            assertThat(filters("find", layout.collection())).as(layout + ": reads of the owner").hasSize(1);
            assertThat(filters("update", layout.collection())).as(layout + ": the claim, the settlement").hasSize(2);
            assertThat(filters("find", relay.due().collection()))
                    .as(layout + ": the due set's entry").hasSize(1);
            assertThat(relay.due().size()).isZero();
            assertThat(relay.store().load(owner).orElseThrow().hasUnsettled()).isFalse();
        }
    }
}
