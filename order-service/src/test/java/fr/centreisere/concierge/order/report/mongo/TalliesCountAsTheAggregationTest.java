package fr.centreisere.concierge.order.report.mongo;

import static fr.centreisere.concierge.order.orders.OrderFixtures.COORDINATOR;
import static fr.centreisere.concierge.order.orders.OrderFixtures.NOW;
import static fr.centreisere.concierge.order.orders.OrderFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import fr.centreisere.concierge.order.orders.Customer;
import fr.centreisere.concierge.order.orders.JobEventType;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderFixtures;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.order.orders.mongo.OrderDayTallies;
import fr.centreisere.concierge.order.report.OrderTally;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.testsupport.MutableClock;
import fr.centreisere.concierge.testsupport.RecordedCommands;
import org.bson.BsonDocument;
import org.bson.Document;
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
 * Random orders written through the repository, moved through their states by job events, cancelled and
 * rescheduled: for every period and filter combination, the report counted from the per-day tallies is the
 * one the aggregation counts over the stored orders (issue 15), read by {@code _id} only.
 */
@DataMongoTest
@Import({ TalliesCountAsTheAggregationTest.Setup.class, DueSets.class, MongoOrderTallies.class })
class TalliesCountAsTheAggregationTest {

    static final List<String> COMMUNES = List.of("38563", "38565", "38239");
    static final List<String> CATEGORIES = List.of("SMALL_REPAIRS", "DELIVERY", "GARDENING");
    static final List<String> MEMBERS = List.of("mbr-atelier-velo-voironnais", "mbr-jardins-solidaires", "mbr-coursiers");
    static final List<String> COMPANIES = List.of("cmp-acme", "cmp-bureau");
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 25);
    static final int DAYS = 20;

    static final RecordedCommands commands = new RecordedCommands();

    @TestConfiguration(proxyBeanMethods = false)
    @Import(fr.centreisere.concierge.order.orders.mongo.MongoOrdersForTests.class)
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
    Orders orders;

    @Autowired
    MongoOrderTallies tallies;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void aFreshStoreWithCompleteTallies() {
        mongo.getDb().drop();
        // a fresh store: its tallies are complete (what the fill or the first start writes)
        mongo.getCollection(OrderDayTallies.COLLECTION).insertOne(new Document("_id", "built"));
    }

    @Test
    void everyPeriodAndFilterCountsTheSameFromTheTalliesAsFromTheOrders() {
        writeRandomOrders(new Random(15), 400);
        List<OrderQuery> queries = new ArrayList<>();
        List<LocalDate[]> periods = List.of(new LocalDate[] { FIRST_DAY, FIRST_DAY.plusDays(DAYS) },
                new LocalDate[] { LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31) },
                new LocalDate[] { FIRST_DAY.plusDays(3), FIRST_DAY.plusDays(3) },
                new LocalDate[] { FIRST_DAY.minusDays(30), FIRST_DAY.plusDays(60) });
        for (LocalDate[] period : periods) {
            queries.add(query(null, null, null, null, null, period));
            for (OrderState state : OrderState.values()) {
                queries.add(query(state, null, null, null, null, period));
                queries.add(query(state, COMMUNES.get(1), null, MEMBERS.get(0), null, period));
            }
            for (String commune : COMMUNES) {
                queries.add(query(null, commune, null, null, null, period));
                queries.add(query(null, commune, CATEGORIES.get(2), null, COMPANIES.get(0), period));
            }
            for (String category : CATEGORIES) {
                queries.add(query(null, null, category, null, null, period));
            }
            for (String member : MEMBERS) {
                queries.add(query(null, null, null, member, null, period));
                queries.add(query(OrderState.COMPLETED, null, null, member, COMPANIES.get(1), period));
            }
            for (String company : COMPANIES) {
                queries.add(query(null, null, null, null, company, period));
            }
        }
        commands.clear();

        for (OrderQuery query : queries) {
            OrderTally fromTallies = tallies.count(query);
            assertThat(fromTallies).as(query.toString()).isEqualTo(tallies.aggregated(query));
        }
        OrderTally all = tallies.count(queries.get(0));
        assertThat(all.total()).isGreaterThan(300);
        assertThat(all.byState()).containsOnlyKeys(java.util.Arrays.stream(OrderState.values()).map(Enum::name).toList());
        assertThat(all.completed()).isPositive();
    }

    @Test
    void theReportReadsTheTalliesAndThePendingOrdersByIdOnly() {
        writeRandomOrders(new Random(7), 120);
        OrderQuery month = query(null, null, null, null, null, new LocalDate[] { FIRST_DAY, FIRST_DAY.plusDays(DAYS) });
        commands.clear();

        OrderTally counted = tallies.count(month);

        assertThat(counted.total()).isEqualTo(120);
        List<String> reads = new ArrayList<>();
        for (BsonDocument command : commands.all()) {
            String name = RecordedCommands.nameOf(command);
            assertThat(name).as("no aggregation, no scan").isIn("find", "getMore", "update");
            if (name.equals("find")) {
                reads.add(RecordedCommands.collectionOf(command));
                assertThat(command.getDocument("filter").keySet()).containsExactly("_id");
            }
        }
        assertThat(reads).containsExactly(OrderDayTallies.COLLECTION);
    }

    private static OrderQuery query(OrderState state, String commune, String category, String member, String company,
            LocalDate[] period) {
        return new OrderQuery(null, state, commune, category, member, company, period[0], period[1], false);
    }

    /** Orders placed, then moved along by job events, some cancelled, some rescheduled, each write through the repository. */
    private void writeRandomOrders(Random random, int count) {
        Order base = OrderFixtures.placed();
        for (int i = 0; i < count; i++) {
            Slot slot = new Slot(FIRST_DAY.plusDays(random.nextInt(DAYS)), base.slot().from(), base.slot().to());
            String company = random.nextInt(3) == 0 ? COMPANIES.get(random.nextInt(COMPANIES.size())) : null;
            Order order = new Order("ord-t" + i, "CI-2026-%06d".formatted(i + 1), new Customer("usr-t" + (i % 17), "Client " + i),
                    base.serviceId(), base.serviceTitle(), CATEGORIES.get(random.nextInt(CATEGORIES.size())),
                    base.quantity(), COMMUNES.get(random.nextInt(COMMUNES.size())), base.address(), slot, null, null,
                    base.billing(), company, base.price(), NOW.minus(Duration.ofMinutes(i)), "key-" + i,
                    base.requestFingerprint(), OrderState.PLACED, null, null, null, null, null, base.history(),
                    // its dispatch, as placed: a reschedule then adds a second one, and records its keys again
                    base.outbox(), List.of(), null);
            orders.insert(order);
            walk(order.id(), random);
        }
    }

    private void walk(String id, Random random) {
        String member = MEMBERS.get(random.nextInt(MEMBERS.size()));
        List<JobEventType> path = switch (random.nextInt(7)) {
            case 0 -> List.of();
            case 1 -> List.of(JobEventType.OFFERED);
            case 2 -> List.of(JobEventType.OFFERED, JobEventType.UNASSIGNED);
            case 3 -> List.of(JobEventType.OFFERED, JobEventType.ACCEPTED);
            case 4 -> List.of(JobEventType.ACCEPTED, JobEventType.IN_PROGRESS);
            default -> List.of(JobEventType.OFFERED, JobEventType.ACCEPTED, JobEventType.IN_PROGRESS, JobEventType.DONE);
        };
        int n = 0;
        for (JobEventType type : path) {
            n++;
            Order read = orders.find(id).orElseThrow();
            read.apply(event(id + "-e" + n, type, member, NOW.plusSeconds(n)), NOW.plusSeconds(n));
            orders.update(read);
        }
        Order read = orders.find(id).orElseThrow();
        if (read.state() == OrderState.UNASSIGNED && random.nextBoolean()) {
            read.reschedule(COORDINATOR, new Slot(FIRST_DAY.plusDays(random.nextInt(DAYS)), LocalTime.of(9, 0),
                    LocalTime.of(11, 0)), NOW.plusSeconds(30));
            orders.update(read);
        } else if (!read.state().isFinal() && random.nextInt(4) == 0) {
            read.cancel(COORDINATOR, null, NOW.plusSeconds(40));
            orders.update(read);
        } else if (random.nextInt(4) == 0) {
            // an event that changes nothing tallied (the same offer told again, recorded only)
            read.apply(event(id + "-again", JobEventType.OFFERED, member, NOW.minusSeconds(60)), NOW.plusSeconds(50));
            orders.update(read);
        }
    }
}
