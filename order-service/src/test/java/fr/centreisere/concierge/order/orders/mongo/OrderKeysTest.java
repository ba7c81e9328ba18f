package fr.centreisere.concierge.order.orders.mongo;

import static fr.centreisere.concierge.order.orders.OrderFixtures.NOW;
import static fr.centreisere.concierge.order.orders.OrderFixtures.RESIDENT;
import static fr.centreisere.concierge.order.orders.OrderFixtures.event;
import static fr.centreisere.concierge.order.orders.OrderFixtures.offer;
import static fr.centreisere.concierge.order.orders.OrderFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import fr.centreisere.concierge.order.orders.Customer;
import fr.centreisere.concierge.order.orders.JobEventType;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.OrderSummary;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.page.Page;
import fr.centreisere.concierge.testsupport.RecordedCommands;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * « Mes commandes » and a period's list start from the order keys (a customer's, the period's days) and
 * look the orders up by id: the orders' collection is never read whole (asserted on the commands the
 * store receives), and the keys follow every write that moves an order (placed, rescheduled, cancelled).
 */
@DataMongoTest
@Import({ MongoOrders.class, DueSets.class, OrderKeysTest.Recorder.class })
class OrderKeysTest {

    static final RecordedCommands commands = new RecordedCommands();
    static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @TestConfiguration
    static class Recorder {
        @Bean
        MongoClientSettingsBuilderCustomizer recordCommands() {
            return settings -> settings.addCommandListener(commands);
        }
    }

    @Autowired
    MongoOrders orders;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.getDb().drop();
        commands.clear();
    }

    /** The names of the commands the store received on the orders' collection itself. */
    private static List<String> commandsOnOrders() {
        return commands.namesOn("orders");
    }

    private static Order order(String id, String userId, java.time.Instant at) {
        return Order.place(id, id.toUpperCase(), new Customer(userId, userId), request(), "key-" + id, offer(), at);
    }

    private static List<String> ids(Page<Order> page) {
        return page.content().stream().map(Order::id).toList();
    }

    @Test
    void aResidentsOrdersAreLookedUpByIdNewestFirstAndPagedNeverByReadingEveryOrder() {
        for (int i = 0; i < 200; i++) {
            orders.insert(order("ord-other-" + i, "usr-other-" + (i % 20), NOW.plusSeconds(i)));
        }
        for (int i = 1; i <= 3; i++) {
            orders.insert(order("ord-mine-" + i, RESIDENT.userId(), NOW.plusSeconds(1000 + i)));
        }
        commands.clear();

        Page<Order> first = orders.list(OrderQuery.ownedBy(RESIDENT.userId()), 0, 2);
        Page<Order> second = orders.list(OrderQuery.ownedBy(RESIDENT.userId()), 1, 2);

        assertThat(ids(first)).containsExactly("ord-mine-3", "ord-mine-2");
        assertThat(first.totalElements()).isEqualTo(3);
        assertThat(ids(second)).containsExactly("ord-mine-1");
        assertThat(findsOnOrders()).as("read through the keys, only the page's orders, by id")
                .containsExactly(List.of("ord-mine-3", "ord-mine-2"), List.of("ord-mine-1"));
    }

    @Test
    void aResidentsSummariesAreTheOrdersOfTheWholeListReadWithoutTheirHistoryAddressOrMessages() {
        for (int i = 1; i <= 4; i++) {
            orders.insert(order("ord-mine-" + i, RESIDENT.userId(), NOW.plusSeconds(i)));
        }
        orders.insert(order("ord-other", "usr-other", NOW.plusSeconds(10)));
        Order unassigned = orders.find("ord-mine-2").orElseThrow();
        unassigned.apply(event("e1", JobEventType.UNASSIGNED, null, NOW.plusSeconds(20)), NOW.plusSeconds(20));
        orders.update(unassigned);
        // one order's dispatch delivered, another's withdrawn under its older name: both settled, the others pending
        settleFirstMessage("ord-mine-1", "sentAt");
        settleFirstMessage("ord-mine-3", "droppedAt");
        commands.clear();

        List<OrderSummary> summaries = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            Page<OrderSummary> one = orders.summaries(OrderQuery.ownedBy(RESIDENT.userId()), page, 3);
            assertThat(one.totalElements()).isEqualTo(4);
            summaries.addAll(one.content());
        }

        List<OrderSummary> fromWholeOrders = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            orders.list(OrderQuery.ownedBy(RESIDENT.userId()), page, 3).content().stream().map(OrderSummary::of)
                    .forEach(fromWholeOrders::add);
        }
        assertThat(summaries).containsExactlyElementsOf(fromWholeOrders);
        assertThat(summaries).extracting(OrderSummary::id)
                .containsExactly("ord-mine-4", "ord-mine-3", "ord-mine-2", "ord-mine-1");
        assertThat(summaries).extracting(OrderSummary::dispatchPending).containsExactly(true, false, true, false);
        assertThat(summaries.get(2).state()).isEqualTo(OrderState.UNASSIGNED);
        BsonDocument projection = commands.on("orders").get(0).getDocument("projection");
        assertThat(projection.keySet()).as("what the store sends back of each order")
                .contains("number", "slot", "price.totalCents", "outbox.sentAt")
                .doesNotContain("history", "events", "address", "notifications", "outbox", "price");
    }

    private void settleFirstMessage(String orderId, String field) {
        mongo.getCollection("orders").updateOne(new org.bson.Document("_id", orderId),
                new org.bson.Document("$set", new org.bson.Document("outbox.0." + field, java.util.Date.from(NOW))));
        assertThat(orders.find(orderId).orElseThrow().hasUnsentMessages()).isFalse();
    }

    /** The finds the store received on the orders' collection: each one's {@code _id $in} list (fails on any other filter). */
    private static List<List<String>> findsOnOrders() {
        List<List<String>> finds = new ArrayList<>();
        for (BsonDocument body : commands.on("orders")) {
            assertThat(RecordedCommands.nameOf(body)).isEqualTo("find");
            BsonDocument filter = body.getDocument("filter");
            assertThat(filter.keySet()).containsExactly("_id");
            finds.add(filter.getDocument("_id").getArray("$in").stream().map(v -> v.asString().getValue()).toList());
        }
        return finds;
    }

    @Test
    void everyPageOfAResidentsOrdersIsTheOneTheWholeListGivesTiesBrokenByTheHigherNumber() {
        List<String> expected = new ArrayList<>();
        // pairs placed in the same millisecond: the higher number comes first, as the stored orders' sort says
        for (int i = 0; i < 23; i++) {
            java.time.Instant at = NOW.plusSeconds(i / 2);
            orders.insert(Order.place("ord-" + i, "CI-2026-%06d".formatted(i), new Customer(RESIDENT.userId(), RESIDENT.displayName()), request(), "key-" + i, offer(), at));
        }
        for (int i = 22; i >= 0; i--) {
            expected.add("ord-" + i);
        }
        orders.insert(order("ord-someone-else", "usr-other", NOW.plusSeconds(100)));

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            Page<Order> one = orders.list(OrderQuery.ownedBy(RESIDENT.userId()), page, 5);
            assertThat(one.totalElements()).isEqualTo(23);
            paged.addAll(ids(one));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        // the general way (a filter that keeps them all) gives the same first page
        Page<Order> filtered = orders.list(new OrderQuery(RESIDENT.userId(), OrderState.PLACED, null, null, null, null), 0, 5);
        assertThat(ids(filtered)).containsExactlyElementsOf(expected.subList(0, 5));
        assertThat(orders.list(OrderQuery.ownedBy(RESIDENT.userId()), 9, 5).content()).isEmpty();
    }

    @Test
    void aKeyWrittenBeforeTheSortKeysIsStillReadWithTheSameAnswer() {
        orders.insert(order("ord-1", RESIDENT.userId(), NOW));
        orders.insert(order("ord-2", RESIDENT.userId(), NOW.plusSeconds(1)));
        // as an earlier version wrote it: the ids only
        mongo.getCollection(OrderKeys.COLLECTION).updateOne(new org.bson.Document("_id", OrderKeys.customer(RESIDENT.userId())),
                new org.bson.Document("$unset", new org.bson.Document(OrderKeys.NEWEST, "")));

        Page<Order> mine = orders.list(OrderQuery.ownedBy(RESIDENT.userId()), 0, 20);

        assertThat(ids(mine)).containsExactly("ord-2", "ord-1");
        assertThat(mine.totalElements()).isEqualTo(2);
    }

    @Test
    void theKeysOfAnOrderThatLostTheIdempotencyRaceAreTakenBack() {
        // the unique key the mapping declares (this class drops the database before each test)
        mongo.getCollection("orders").createIndex(com.mongodb.client.model.Indexes.ascending("customerUserId", "idempotencyKey"),
                new com.mongodb.client.model.IndexOptions().unique(true));
        orders.insert(order("ord-1", RESIDENT.userId(), NOW));
        Order sameKey = Order.place("ord-2", "ORD-2", new Customer(RESIDENT.userId(), RESIDENT.userId()), request(), "key-ord-1", offer(), NOW.plusSeconds(1));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> orders.insert(sameKey))
                .isInstanceOf(fr.centreisere.concierge.order.orders.Orders.IdempotencyKeyTaken.class);

        Page<Order> mine = orders.list(OrderQuery.ownedBy(RESIDENT.userId()), 0, 20);
        assertThat(ids(mine)).containsExactly("ord-1");
        assertThat(mine.totalElements()).isEqualTo(1);
        assertThat(ids(orders.list(new OrderQuery(null, null, null, null, DAY, DAY), 0, 20))).containsExactly("ord-1");
    }

    @Test
    void onlyAWriteThatMayMoveTheOrderRecordsItsKeysAgain() {
        Order placed = order("ord-1", RESIDENT.userId(), NOW);
        orders.insert(placed);
        Order read = orders.find("ord-1").orElseThrow();
        read.apply(event("e1", JobEventType.UNASSIGNED, null, NOW.plusSeconds(1)), NOW.plusSeconds(1));
        assertThat(MongoOrders.mayHaveMoved(read)).isFalse();
        read = orders.update(read);
        read.reschedule(RESIDENT, new Slot(DAY.plusDays(3), LocalTime.of(9, 0), LocalTime.of(11, 0)), NOW.plusSeconds(2));

        assertThat(MongoOrders.mayHaveMoved(read)).isTrue();
    }

    @Test
    void aRescheduledOrderMovesToItsNewDayAndLeavesTheOldOnesLists() {
        Order placed = order("ord-1", RESIDENT.userId(), NOW);
        orders.insert(placed);
        Order read = orders.find("ord-1").orElseThrow();
        read.apply(event("e1", JobEventType.UNASSIGNED, null, NOW.plusSeconds(1)), NOW.plusSeconds(1));
        read = orders.update(read);
        assertThat(read.state()).isEqualTo(OrderState.UNASSIGNED);
        LocalDate later = DAY.plusDays(10);
        read.reschedule(RESIDENT, new Slot(later, LocalTime.of(9, 0), LocalTime.of(11, 0)), NOW.plusSeconds(2));
        orders.update(read);
        commands.clear();

        OrderQuery oldDay = new OrderQuery(null, null, null, null, DAY, DAY);
        OrderQuery newDay = new OrderQuery(null, null, null, null, later, later);
        assertThat(ids(orders.list(oldDay, 0, 20))).isEmpty();
        assertThat(orders.list(oldDay, 0, 20).totalElements()).isZero();
        assertThat(ids(orders.list(newDay, 0, 20))).containsExactly("ord-1");
        assertThat(ids(orders.list(OrderQuery.ownedBy(RESIDENT.userId()), 0, 20))).containsExactly("ord-1");
        assertThat(findsOnOrders()).as("only « Mes commandes »' page, by id").containsExactly(List.of("ord-1"));
    }

    @Test
    void aCancelledOrderStaysInItsCustomersListWithItsNewState() {
        orders.insert(order("ord-1", RESIDENT.userId(), NOW));
        Order read = orders.find("ord-1").orElseThrow();
        read.cancel(RESIDENT, "plus besoin", NOW.plusSeconds(5));
        orders.update(read);

        Page<Order> mine = orders.list(OrderQuery.ownedBy(RESIDENT.userId()), 0, 20);
        Page<Order> cancelledThatDay = orders.list(
                new OrderQuery(null, OrderState.CANCELLED, null, null, DAY, DAY), 0, 20);

        assertThat(mine.content()).extracting(Order::state).containsExactly(OrderState.CANCELLED);
        assertThat(ids(cancelledThatDay)).containsExactly("ord-1");
    }

    @Test
    void aKeyWrittenForAnOrderThatWasNeverStoredFindsNothing() {
        orders.insert(order("ord-1", RESIDENT.userId(), NOW));
        // its keys written, then the order's own insert never made (refused, or the process died)
        OrderKeys.record(mongo, order("ord-2", RESIDENT.userId(), NOW.plusSeconds(1)));

        Page<Order> mine = orders.list(OrderQuery.ownedBy(RESIDENT.userId()), 0, 20);

        assertThat(ids(mine)).containsExactly("ord-1");
        assertThat(mine.totalElements()).isEqualTo(1);
    }

    @Test
    void aPeriodLongerThanTheKeysCoverIsReadFromTheOrdersWithTheSameAnswer() {
        orders.insert(order("ord-1", RESIDENT.userId(), NOW));

        Page<Order> year = orders.list(new OrderQuery(null, null, null, null, DAY.minusDays(200), DAY.plusDays(200)), 0, 20);

        assertThat(ids(year)).containsExactly("ord-1");
    }
}
