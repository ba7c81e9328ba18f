package fr.centreisere.concierge.order.orders.mongo;

import static fr.centreisere.concierge.order.orders.OrderFixtures.MEMBER;
import static fr.centreisere.concierge.order.orders.OrderFixtures.NOW;
import static fr.centreisere.concierge.order.orders.OrderFixtures.RESIDENT;
import static fr.centreisere.concierge.order.orders.OrderFixtures.event;
import static fr.centreisere.concierge.order.orders.OrderFixtures.offer;
import static fr.centreisere.concierge.order.orders.OrderFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;
import fr.centreisere.concierge.order.orders.Customer;
import fr.centreisere.concierge.order.orders.JobEventType;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.testsupport.MutableClock;
import fr.centreisere.concierge.testsupport.RecordedCommands;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The per-day tallies follow every write that changes what a report counts, and only those; a reschedule
 * moves the entry, a version conflict or a crash between the order's write and its tally leaves the
 * stored truth counted and is repaired after a minute; a store without tallies is built once; the fill
 * writes the same entries (issue 15).
 */
@DataMongoTest
@Import({ MongoOrders.class, DueSets.class, OrderDayTalliesTest.Setup.class })
class OrderDayTalliesTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    static final RecordedCommands commands = new RecordedCommands();

    /**
     * Imported, not a {@code @TestConfiguration}: the fill's application scans this package (test classes
     * included), and must not find a second clock there.
     */
    static class Setup {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOW, Slot.TERRITORY_ZONE);
        }

        @Bean
        MongoClientSettingsBuilderCustomizer recordCommands() {
            return settings -> settings.addCommandListener(commands);
        }
    }

    @Autowired
    MongoOrders orders;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    OrderDayTallies tallies;

    @BeforeEach
    void aFreshStore() {
        mongo.getDb().drop();
        clock.set(NOW);
        tallies = new OrderDayTallies(mongo, clock);
        tallies.markBuilt();
        commands.clear();
    }

    private static Order order(String id, String userId) {
        return Order.place(id, id.toUpperCase(), new Customer(userId, userId), request(), "key-" + id, offer(), NOW);
    }

    private static OrderQuery days(LocalDate from, LocalDate to) {
        return new OrderQuery(null, null, null, null, from, to);
    }

    /** What the report would count, by order id: its state and member as the tallies say. */
    private Map<String, String> counted(OrderQuery query) {
        return tallies.selected(query).orElseThrow().stream()
                .collect(Collectors.toMap(TalliedOrder::id, o -> o.state() + " " + o.memberId() + " " + o.day()));
    }

    /** The tallies' document of that day that holds the order. */
    private Document day(LocalDate day, String orderId) {
        return mongo.getCollection(OrderDayTallies.COLLECTION)
                .find(Filters.eq("_id", OrderDayTallies.documentOf(day, orderId))).first();
    }

    private Document day(LocalDate day) {
        return day(day, "ord-1");
    }

    @SuppressWarnings("unchecked")
    private List<Document> marks(LocalDate day) {
        return day(day).get("pending", List.class);
    }

    /** The writes the store received on the tallies' collection. */
    private static long writesOnTallies() {
        return commands.writesOn(OrderDayTallies.COLLECTION);
    }

    @Test
    void aPlacedOrderAndItsDispatchAnswerWriteTwoTallyUpdatesEachAndAWriteThatChangesNothingTalliedNone() {
        orders.insert(order("ord-1", RESIDENT.userId()));
        assertThat(writesOnTallies()).as("insert: the mark, then the entry").isEqualTo(2);

        commands.clear();
        Order read = orders.find("ord-1").orElseThrow();
        read.apply(event("e1", JobEventType.OFFERED, MEMBER, NOW.plusSeconds(1)), NOW.plusSeconds(1));
        orders.update(read);
        assertThat(writesOnTallies()).as("the dispatch's answer: the mark, then the entry").isEqualTo(2);

        commands.clear();
        read = orders.find("ord-1").orElseThrow();
        read.apply(event("e0", JobEventType.OFFERED, MEMBER, NOW.minusSeconds(5)), NOW.plusSeconds(2)); // stale: recorded only
        orders.update(read);
        assertThat(writesOnTallies()).as("nothing tallied changed").isZero();

        assertThat(counted(days(DAY, DAY))).containsExactly(Map.entry("ord-1", "DISPATCHING null " + DAY));
        assertThat(marks(DAY)).isEmpty();
    }

    @Test
    void anUpdateOfAnOrderNotReadHereReadsItFirstAndTalliesTheSame() {
        orders.insert(order("ord-1", RESIDENT.userId()));
        Order elsewhere = MongoOrders.toOrder(mongo.findById("ord-1", OrderDocument.class)); // not through find
        elsewhere.apply(event("e1", JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(1)), NOW.plusSeconds(1));
        otherInstance().update(elsewhere);

        assertThat(counted(days(DAY, DAY))).containsExactly(Map.entry("ord-1", "ASSIGNED " + MEMBER + " " + DAY));
    }

    @Test
    void aRescheduledOrderLeavesItsOldDayAndCountsOnItsNewOne() {
        orders.insert(order("ord-1", RESIDENT.userId()));
        Order read = orders.find("ord-1").orElseThrow();
        read.apply(event("e1", JobEventType.UNASSIGNED, null, NOW.plusSeconds(1)), NOW.plusSeconds(1));
        read = orders.update(read);
        LocalDate later = DAY.plusDays(10);
        read.reschedule(RESIDENT, new Slot(later, LocalTime.of(9, 0), LocalTime.of(11, 0)), NOW.plusSeconds(2));
        orders.update(read);

        assertThat(counted(days(DAY, DAY))).isEmpty();
        assertThat(counted(days(later, later))).containsExactly(Map.entry("ord-1", "DISPATCHING null " + later));
        assertThat(counted(days(DAY, later))).hasSize(1);
        assertThat(day(DAY).get("orders", Document.class).get("ord-1", Document.class).getBoolean("gone")).isTrue();
        assertThat(marks(DAY)).isEmpty();
        assertThat(marks(later)).isEmpty();
    }

    @Test
    void aVersionConflictLeavesTheWinnersNumbersAndTheLosersMarkIsClearedAfterAMinute() {
        orders.insert(order("ord-1", RESIDENT.userId()));
        MongoOrders other = otherInstance();
        Order first = other.find("ord-1").orElseThrow();
        Order second = orders.find("ord-1").orElseThrow();
        first.apply(event("e1", JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(1)), NOW.plusSeconds(1));
        other.update(first); // another instance wins
        second.cancel(fr.centreisere.concierge.order.orders.OrderFixtures.COORDINATOR, null, NOW.plusSeconds(2));

        assertThatThrownBy(() -> orders.update(second)).isInstanceOf(Orders.ConcurrentChange.class);

        assertThat(marks(DAY)).as("the loser's mark, covered by the winner's entry").hasSize(1);
        assertThat(counted(days(DAY, DAY))).containsExactly(Map.entry("ord-1", "ASSIGNED " + MEMBER + " " + DAY));
        clock.advance(Duration.ofMinutes(2));
        assertThat(counted(days(DAY, DAY))).containsExactly(Map.entry("ord-1", "ASSIGNED " + MEMBER + " " + DAY));
        assertThat(marks(DAY)).isEmpty();
    }

    /** The repository as another instance of the service holds it: nothing read there yet. */
    private MongoOrders otherInstance() {
        return new MongoOrders(mongo, new DueSets(mongo),
                new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(java.time.Clock.class));
    }

    @Test
    void aCrashAfterTheOrdersWriteCountsTheStoredOrderAndIsRepairedAfterAMinute() {
        orders.insert(order("ord-1", RESIDENT.userId()));
        Order read = orders.find("ord-1").orElseThrow();
        read.apply(event("e1", JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(1)), NOW.plusSeconds(1));
        // the update's mark, the order's write, then the process dies before the entry
        tallies.before("ord-1", 1, List.of(DAY));
        mongo.replace(query(where("_id").is("ord-1")), MongoOrders.toDocument(read, 1));

        assertThat(counted(days(DAY, DAY))).as("as stored").containsExactly(Map.entry("ord-1", "ASSIGNED " + MEMBER + " " + DAY));
        assertThat(marks(DAY)).as("a write may still be in flight: kept").hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        assertThat(counted(days(DAY, DAY))).containsExactly(Map.entry("ord-1", "ASSIGNED " + MEMBER + " " + DAY));
        assertThat(marks(DAY)).isEmpty();
        assertThat(day(DAY).get("orders", Document.class).get("ord-1", Document.class).get("v")).isEqualTo(1L);
        commands.clear();
        assertThat(counted(days(DAY, DAY))).hasSize(1);
        assertThat(commands.all()).as("repaired: only the tallies read")
                .noneMatch(command -> new BsonString("orders").equals(command.get("find")));
    }

    @Test
    void aCrashBeforeTheOrdersWriteCountsTheOrderAsItWasAndTheMarkGoesAfterAMinute() {
        orders.insert(order("ord-1", RESIDENT.userId()));
        tallies.before("ord-1", 1, List.of(DAY)); // marked, then never written
        tallies.before("ord-9", 0, List.of(DAY)); // an insert's mark whose order was never stored

        assertThat(counted(days(DAY, DAY))).containsExactly(Map.entry("ord-1", "PLACED null " + DAY));
        clock.advance(Duration.ofMinutes(2));
        assertThat(counted(days(DAY, DAY))).containsExactly(Map.entry("ord-1", "PLACED null " + DAY));
        assertThat(marks(DAY)).isEmpty();
    }

    @Test
    void aNewWritesMarkIsNotTakenByTheRepairOfAnOlderOne() {
        orders.insert(order("ord-1", RESIDENT.userId()));
        tallies.before("ord-1", 1, List.of(DAY)); // a crash's leftover
        clock.advance(Duration.ofMinutes(2));
        tallies.before("ord-1", 1, List.of(DAY)); // a write of the same version, in flight now

        assertThat(counted(days(DAY, DAY))).containsExactly(Map.entry("ord-1", "PLACED null " + DAY));
        assertThat(marks(DAY)).as("the young mark stays").hasSize(1);
    }

    @Test
    void aStoreWithoutTalliesIsBuiltOnceAtStartAndAnswersTheSame() {
        for (int i = 0; i < 30; i++) {
            Order placed = orders.insert(order("ord-" + i, "usr-" + (i % 4)));
            if (i % 3 == 0) {
                Order read = orders.find(placed.id()).orElseThrow();
                read.apply(event("e" + i, JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(1)), NOW.plusSeconds(1));
                orders.update(read);
            }
        }
        Map<String, String> before = counted(days(DAY.minusDays(3), DAY.plusDays(3)));
        mongo.getCollection(OrderDayTallies.COLLECTION).drop(); // as a store written before the tallies

        assertThat(tallies.selected(days(DAY.minusDays(3), DAY.plusDays(3)))).as("the aggregation counts meanwhile").isEmpty();
        BuildTalliesAtStartup start = new BuildTalliesAtStartup(mongo, clock);
        assertThat(start.buildIfMissing()).isTrue();
        assertThat(start.buildIfMissing()).as("once").isFalse();

        assertThat(counted(days(DAY.minusDays(3), DAY.plusDays(3)))).hasSize(30).isEqualTo(before);
    }

    @Test
    void theFillWritesTheSameEntriesAndLeavesTheTalliesComplete() {
        List<Order> placed = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Order order = order("ord-" + i, "usr-" + (i % 4));
            placed.add(new Order(order.id(), order.number(), order.customer(), order.serviceId(), order.serviceTitle(),
                    order.category(), order.quantity(), order.communeInsee(), order.address(),
                    new Slot(DAY.plusDays(i % 5), order.slot().from(), order.slot().to()), null, null, order.billing(),
                    i % 2 == 0 ? "cmp-acme" : null, order.price(), order.createdAt(), order.idempotencyKey(),
                    order.requestFingerprint(), i % 3 == 0 ? OrderState.COMPLETED : OrderState.PLACED,
                    i % 3 == 0 ? MEMBER : null, null, null, null, null, order.history(), List.of(), List.of(), null));
        }
        mongo.getDb().drop();
        new BulkOrders(mongo).insert(placed);

        assertThat(tallies.isBuilt()).as("a fresh store filled").isTrue();
        for (Order order : placed) {
            Document entry = day(order.slot().date(), order.id()).get("orders", Document.class).get(order.id(), Document.class);
            assertThat(entry).isEqualTo(TalliedOrder.of(order, 0).entry());
        }
        assertThat(counted(days(DAY, DAY.plusDays(4)))).hasSize(25);

        // a store whose older orders were never tallied, as the demo seed's few orders written before any mark:
        // the fill tallies them first, once, rather than leaving it to the service's next start, which would read
        // every filled order too (100,000 filled into a new store: the embedded store ran out of memory)
        mongo.getCollection(OrderDayTallies.COLLECTION).drop();
        Order older = placed.get(0);
        new BulkOrders(mongo).insert(List.of(order("ord-new", "usr-new")));
        assertThat(tallies.isBuilt()).as("built by the fill").isTrue();
        assertThat(counted(days(DAY, DAY.plusDays(4)))).hasSize(26).containsKey(older.id()).containsKey("ord-new");
    }
}
