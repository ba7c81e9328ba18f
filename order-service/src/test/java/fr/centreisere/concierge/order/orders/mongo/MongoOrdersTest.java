package fr.centreisere.concierge.order.orders.mongo;

import static fr.centreisere.concierge.order.orders.OrderFixtures.MEMBER;
import static fr.centreisere.concierge.order.orders.OrderFixtures.NOW;
import static fr.centreisere.concierge.order.orders.OrderFixtures.RESIDENT;
import static fr.centreisere.concierge.order.orders.OrderFixtures.event;
import static fr.centreisere.concierge.order.orders.OrderFixtures.offer;
import static fr.centreisere.concierge.order.orders.OrderFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.order.orders.Customer;
import fr.centreisere.concierge.order.orders.JobEventType;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.platform.page.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Orders through the real MongoDB driver, against the in-process wire-protocol server. */
@DataMongoTest
@Import({ MongoOrders.class, MongoOrderNumbers.class, DueSets.class })
class MongoOrdersTest {

    @Autowired
    MongoOrders orders;

    @Autowired
    MongoOrderNumbers numbers;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DueSets dueSets;

    @BeforeEach
    void empty() {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), OrderDocument.class);
        mongo.dropCollection(dispatchDueSet());
        mongo.dropCollection(MongoOrderNumbers.COLLECTION);
    }

    @Test
    void anOrderComesBackAsItWasStored() {
        Order placed = order("ord-1", "CI-2026-000001", RESIDENT.userId(), "key-1", NOW);
        placed.apply(event("e1", JobEventType.OFFERED, MEMBER, NOW.plusSeconds(1)), NOW.plusSeconds(1));
        orders.insert(placed);

        Order found = orders.find("ord-1").orElseThrow();

        assertThat(found).usingRecursiveComparison().ignoringFields("version").isEqualTo(placed);
        assertThat(found.version()).isZero();
        assertThat(found.slot().from()).hasToString("14:00");
        assertThat(found.price().vatRatePercent()).isEqualByComparingTo("20");
    }

    @Test
    void aHistoryIsStoredAsCodesArgumentsAndWordsAndAnOldSentenceReadsAsWords() {
        Order placed = order("ord-1", "CI-2026-000001", RESIDENT.userId(), "key-1", NOW);
        placed.apply(event("e1", JobEventType.UNASSIGNED, null, NOW.plusSeconds(1)), NOW.plusSeconds(1));
        placed.reassign(fr.centreisere.concierge.order.orders.OrderFixtures.COORDINATOR, MEMBER, "seul atelier", NOW.plusSeconds(2));
        placed.messageRefused(placed.outbox().get(1).id(), fr.centreisere.concierge.order.orders.ProviderRefusal.write(
                fr.centreisere.concierge.platform.i18n.Message.of("job.cannot.reassign", "job-1", "DONE")), NOW.plusSeconds(3));
        orders.insert(placed);

        org.bson.Document stored = mongo.getCollection("orders").find(new org.bson.Document("_id", "ord-1")).first();
        List<?> history = stored.getList("history", org.bson.Document.class);
        assertThat((org.bson.Document) history.get(2)).containsEntry("reasonCode", "order.history.reassigned-override")
                .containsEntry("reasonArgs", List.of(MEMBER)).containsEntry("reason", "seul atelier");
        assertThat((org.bson.Document) history.get(3)).containsEntry("reasonCode", "order.history.reassign-refused")
                .containsEntry("causeCode", "job.cannot.reassign").containsEntry("causeArgs", List.of("job-1", "DONE"));
        assertThat(orders.find("ord-1").orElseThrow().history()).isEqualTo(placed.history());

        // a history entry written before the codes: its sentence, no code
        mongo.getCollection("orders").updateOne(new org.bson.Document("_id", "ord-1"), new org.bson.Document("$set",
                new org.bson.Document("history.0", new org.bson.Document("state", "PLACED").append("at", java.util.Date.from(NOW))
                        .append("by", RESIDENT.userId()).append("reason", "Commande passée / Order placed"))));
        assertThat(orders.find("ord-1").orElseThrow().history().get(0)).isEqualTo(new fr.centreisere.concierge.order.orders.HistoryEntry(
                OrderState.PLACED, NOW, RESIDENT.userId(), "Commande passée / Order placed"));
    }

    @Test
    void aCustomersIdempotencyKeyHoldsOneOrderOnly() {
        orders.insert(order("ord-1", "CI-2026-000001", RESIDENT.userId(), "key-1", NOW));

        assertThatThrownBy(() -> orders.insert(order("ord-2", "CI-2026-000002", RESIDENT.userId(), "key-1", NOW)))
                .isInstanceOf(Orders.IdempotencyKeyTaken.class);
        // another customer may use the same key
        orders.insert(order("ord-3", "CI-2026-000003", "usr-other", "key-1", NOW));
        assertThat(orders.findByIdempotencyKey(RESIDENT.userId(), "key-1")).get().extracting(Order::id).isEqualTo("ord-1");
        assertThat(orders.findByIdempotencyKey("usr-other", "key-1")).get().extracting(Order::id).isEqualTo("ord-3");
    }

    @Test
    void ofTwoWritersOfTheSameVersionOnlyTheFirstWins() {
        orders.insert(order("ord-1", "CI-2026-000001", RESIDENT.userId(), "key-1", NOW));
        Order first = orders.find("ord-1").orElseThrow();
        Order second = orders.find("ord-1").orElseThrow();

        first.cancel(RESIDENT, "plus besoin", NOW);
        Order saved = orders.update(first);
        second.apply(event("e1", JobEventType.OFFERED, MEMBER, NOW.plusSeconds(1)), NOW);

        assertThat(saved.version()).isEqualTo(1);
        assertThatThrownBy(() -> orders.update(second)).isInstanceOf(Orders.ConcurrentChange.class);
        assertThat(orders.find("ord-1").orElseThrow().state()).isEqualTo(OrderState.CANCELLED);
    }

    @Test
    void ownOrdersAreListedNewestFirstAndPaged() {
        for (int i = 1; i <= 5; i++) {
            orders.insert(order("ord-" + i, "CI-2026-00000" + i, RESIDENT.userId(), "k" + i, NOW.plusSeconds(i)));
        }
        orders.insert(order("ord-9", "CI-2026-000009", "usr-other", "k9", NOW.plusSeconds(9)));

        Page<Order> first = orders.list(OrderQuery.ownedBy(RESIDENT.userId()), 0, 2);
        Page<Order> last = orders.list(OrderQuery.ownedBy(RESIDENT.userId()), 2, 2);

        assertThat(first.totalElements()).isEqualTo(5);
        assertThat(first.content()).extracting(Order::id).containsExactly("ord-5", "ord-4");
        assertThat(last.content()).extracting(Order::id).containsExactly("ord-1");
    }

    @Test
    void aCoordinatorFiltersByStateMemberAndPeriod() {
        Order assigned = order("ord-1", "CI-2026-000001", RESIDENT.userId(), "k1", NOW);
        assigned.apply(event("e1", JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(1)), NOW);
        orders.insert(assigned);
        orders.insert(order("ord-2", "CI-2026-000002", RESIDENT.userId(), "k2", NOW.minus(Duration.ofDays(3))));
        orders.insert(order("ord-3", "CI-2026-000003", "usr-other", "k3", NOW.minus(Duration.ofDays(6))));

        assertThat(ids(new OrderQuery(null, OrderState.ASSIGNED, null, null, null, null))).containsExactly("ord-1");
        assertThat(ids(new OrderQuery(null, null, MEMBER, null, null, null))).containsExactly("ord-1");
        assertThat(ids(new OrderQuery(null, null, null, "cmp-none", null, null))).isEmpty();
        // the period is of slot days: every order here is for the 4th of December
        assertThat(ids(new OrderQuery(null, null, null, null, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4))))
                .containsExactly("ord-1", "ord-2", "ord-3");
        assertThat(ids(new OrderQuery(null, null, null, null, LocalDate.of(2026, 12, 5), null))).isEmpty();
        assertThat(ids(new OrderQuery(null, null, null, null, null, LocalDate.of(2026, 12, 3)))).isEmpty();
        assertThat(ids(new OrderQuery(null, null, "38563", "SMALL_REPAIRS", null, null, null, null, false))).hasSize(3);
        assertThat(ids(new OrderQuery(null, null, "38565", null, null, null, null, null, false))).isEmpty();
        assertThat(ids(new OrderQuery(null, null, null, "DELIVERY", null, null, null, null, false))).isEmpty();
        assertThat(ids(new OrderQuery(null, null, null, null, null, null))).hasSize(3);
    }

    @Test
    void onlyOrdersWithAMessageDueAreHandedToTheSender() {
        orders.insert(order("ord-1", "CI-2026-000001", RESIDENT.userId(), "k1", NOW));
        Order sent = order("ord-2", "CI-2026-000002", RESIDENT.userId(), "k2", NOW);
        sent.messageSent(sent.outbox().get(0).id(), NOW, null);
        orders.insert(sent);
        Order later = order("ord-3", "CI-2026-000003", RESIDENT.userId(), "k3", NOW);
        later.messageFailed(later.outbox().get(0).id(), "503", NOW, Duration.ofMinutes(1));
        orders.insert(later);

        // what the platform outbox's relay reads of the orders' stored outboxes
        fr.centreisere.concierge.platform.outbox.MongoOutboxStore relay =
                new fr.centreisere.concierge.platform.outbox.MongoOutboxStore(mongo, OrderOutboxLayouts.PROVIDER_SERVICE);
        assertThat(relay.ownersDue(NOW, 10)).containsExactly("ord-1");
        // no longer the most overdue first: a round settles (or puts off) every owner it reads, the next round reads others
        assertThat(relay.ownersDue(NOW.plus(Duration.ofMinutes(1)), 10)).containsExactlyInAnyOrder("ord-1", "ord-3");
        assertThat(relay.ownersDue(NOW.plus(Duration.ofMinutes(1)), 1)).hasSize(1);
    }

    @Test
    void aDispatchHeldByThePlacingRequestLeavesTheDueSetWithTheWriteThatSettlesIt() {
        Order placed = order("ord-1", "CI-2026-000001", RESIDENT.userId(), "k1", NOW);
        placed.holdDispatch(m -> m.claimed("placing-request", NOW.plus(Duration.ofSeconds(30))));
        Order stored = orders.insert(placed);
        assertThat(dispatchDue("ord-1")).as("the safety net, should the request die").isOne();

        stored.messageSent(stored.outbox().get(0).id(), NOW, null);
        orders.update(stored);

        assertThat(dispatchDue("ord-1")).as("nothing left for a round to read").isZero();
    }

    @Test
    void aMarkMadeSinceThePlacingWriteKeepsTheOrderDueWhateverThatRequestSettles() {
        Order placed = order("ord-1", "CI-2026-000001", RESIDENT.userId(), "k1", NOW);
        placed.holdDispatch(m -> m.claimed("placing-request", NOW.plus(Duration.ofSeconds(30))));
        Order stored = orders.insert(placed);
        dueSets.named(OrderOutboxLayouts.PROVIDER_SERVICE.dueSetName()).mark("ord-1", NOW); // another writer's mark

        stored.messageSent(stored.outbox().get(0).id(), NOW, null);
        orders.update(stored);

        assertThat(dispatchDue("ord-1")).isOne();
    }

    @Test
    void aDispatchStillPendingAfterTheWriteStaysDue() {
        Order placed = order("ord-1", "CI-2026-000001", RESIDENT.userId(), "k1", NOW);
        placed.holdDispatch(m -> m.claimed("placing-request", NOW.plus(Duration.ofSeconds(30))));
        Order stored = orders.insert(placed);

        stored.messageFailed(stored.outbox().get(0).id(), "503", NOW, Duration.ofMinutes(1));
        orders.update(stored);

        assertThat(dispatchDue("ord-1")).isOne();
    }

    private long dispatchDue(String orderId) {
        return mongo.getCollection(dispatchDueSet()).countDocuments(new org.bson.Document("_id", orderId));
    }

    private String dispatchDueSet() {
        return dueSets.named(OrderOutboxLayouts.PROVIDER_SERVICE.dueSetName()).collection();
    }

    @Test
    void orderNumbersCountUpPerYear() {
        assertThat(numbers.next(2026)).isEqualTo(1);
        assertThat(numbers.next(2026)).isEqualTo(2);
        assertThat(numbers.next(2027)).isEqualTo(1);
        assertThat(numbers.next(2026)).isEqualTo(3);
    }

    @Test
    void concurrentOrdersNeverGetTheSameNumber() throws Exception {
        int count = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return numbers.next(2026);
            }));
        }
        start.countDown();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        for (Future<Long> future : futures) {
            seen.add(future.get());
        }
        pool.shutdown();

        assertThat(seen).hasSize(count).allMatch(n -> n >= 1 && n <= count);
    }

    @Test
    void theOrdersWithAStuckMessageAreListedWithTheirAttemptsAndTheNewFieldsComeBack() {
        Order stuck = order("ord-1", "CI-2026-000001", RESIDENT.userId(), "k1", NOW);
        Order twice = order("ord-2", "CI-2026-000002", RESIDENT.userId(), "k2", NOW);
        for (int attempt = 1; attempt <= 3; attempt++) {
            stuck.messageFailed(stuck.outbox().get(0).id(), "503", NOW, Duration.ofSeconds(attempt));
            if (attempt < 3) {
                twice.messageFailed(twice.outbox().get(0).id(), "503", NOW, Duration.ofSeconds(attempt));
            }
        }
        orders.insert(stuck);
        orders.insert(twice);
        Order refused = order("ord-3", "CI-2026-000003", RESIDENT.userId(), "k3", NOW);
        refused.messageRefused(refused.outbox().get(0).id(), "invalide / invalid", NOW);
        orders.insert(refused);

        Page<Order> page = orders.list(new OrderQuery(null, null, null, null, null, null, true), 0, 20);

        assertThat(page.content()).extracting(Order::id).containsExactly("ord-1");
        assertThat(page.totalElements()).isEqualTo(1);
        assertThat(page.content().get(0).stuckMessage()).get().extracting(m -> m.attempts()).isEqualTo(3);
        Order back = orders.find("ord-3").orElseThrow();
        assertThat(back.unassignedReason()).isEqualTo(fr.centreisere.concierge.order.orders.UnassignedReason.REFUSED_BY_PROVIDER);
        // once it gets through, it is no longer stuck
        Order found = orders.find("ord-1").orElseThrow();
        found.messageSent(found.outbox().get(0).id(), NOW, null);
        orders.update(found);
        assertThat(orders.list(new OrderQuery(null, null, null, null, null, null, true), 0, 20).content()).isEmpty();
    }

    @Test
    void aRescheduleAndAnOverrideComeBackAsStored() {
        Order order = order("ord-1", "CI-2026-000001", RESIDENT.userId(), "k1", NOW);
        order.messageSent(order.outbox().get(0).id(), NOW, new fr.centreisere.concierge.order.orders.JobEvent("a",
                JobEventType.UNASSIGNED, "job-1", null, NOW, null, fr.centreisere.concierge.order.orders.UnassignedReason.DAY_FULL));
        fr.centreisere.concierge.order.orders.Slot friday = new fr.centreisere.concierge.order.orders.Slot(
                LocalDate.of(2026, 12, 5), java.time.LocalTime.of(10, 0), java.time.LocalTime.of(12, 0));
        order.reschedule(RESIDENT, friday, NOW.plusSeconds(5));
        orders.insert(order);

        Order back = orders.find("ord-1").orElseThrow();

        assertThat(back.slot()).isEqualTo(friday);
        assertThat(back.lastUnassignedReason()).isEqualTo(fr.centreisere.concierge.order.orders.UnassignedReason.DAY_FULL);
        assertThat(back.outbox()).isEqualTo(order.outbox());
        assertThat(fr.centreisere.concierge.order.orders.ProviderMessages.previousSlot(back.outbox().get(1)))
                .isEqualTo(request().slot());
    }

    private List<String> ids(OrderQuery query) {
        return orders.list(query, 0, 20).content().stream().map(Order::id).toList();
    }

    private static Order order(String id, String number, String userId, String key, Instant at) {
        return Order.place(id, number, new Customer(userId, userId), request(), key, offer(), at);
    }
}
