package fr.centreisere.concierge.order.orders.mongo;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.lookup;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.replaceRoot;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderQuery;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;

/**
 * The ids of the orders by customer and by slot day, in a small collection of their own
 * ({@code order_keys}: {@code {_id: "customer|<userId>" or "day|<yyyy-MM-dd>", ids: [...]}}), so that « Mes
 * commandes » and a period's list and report start from the few orders they may select instead of reading
 * every order: the embedded store uses no index but {@code _id} and unique ones, and a {@code $lookup} on
 * {@code _id} is served by the {@code _id} index. A key is written before the order's own write: a key
 * whose order was never written finds nothing; a key left on a day the order moved from is filtered out
 * by the query's own criteria, which are applied after the look-up. So a key set is a superset of what
 * its query selects, and the answers are the same as from the whole collection.
 */
public final class OrderKeys {

    public static final String COLLECTION = "order_keys";
    /** A longer period reads the whole collection (its cost is that of the period anyway). */
    static final int MAX_DAYS = 93;

    private OrderKeys() {
    }

    static String customer(String userId) {
        return "customer|" + userId;
    }

    static String day(LocalDate day) {
        return "day|" + day;
    }

    /** Before the order's write: its id under its customer and its slot day (adding an id twice changes nothing). */
    static void record(MongoTemplate mongo, Order order) {
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        mongo.getCollection(COLLECTION).bulkWrite(List.of(
                new UpdateOneModel<Document>(Filters.eq("_id", customer(order.customer().userId())),
                        Updates.addToSet("ids", order.id()), upsert),
                new UpdateOneModel<Document>(Filters.eq("_id", day(order.slot().date())),
                        Updates.addToSet("ids", order.id()), upsert)),
                new BulkWriteOptions().ordered(false));
    }

    /** The same for many orders at once (generated volume): one upsert per key, before the orders' insert. */
    static void recordAll(MongoTemplate mongo, List<Order> orders) {
        Map<String, List<String>> idsByKey = new LinkedHashMap<>();
        for (Order order : orders) {
            idsByKey.computeIfAbsent(customer(order.customer().userId()), key -> new ArrayList<>()).add(order.id());
            idsByKey.computeIfAbsent(day(order.slot().date()), key -> new ArrayList<>()).add(order.id());
        }
        if (idsByKey.isEmpty()) {
            return;
        }
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        idsByKey.forEach((key, ids) -> writes.add(new UpdateOneModel<>(Filters.eq("_id", key),
                Updates.addEachToSet("ids", ids), upsert)));
        mongo.getCollection(COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** The keys whose ids hold every order the query may select: its customer's, else its period's days. */
    public static Optional<List<String>> keysFor(OrderQuery query) {
        if (query.customerUserId() != null) {
            return Optional.of(List.of(customer(query.customerUserId())));
        }
        if (query.from() != null && query.to() != null && !query.to().isBefore(query.from())
                && ChronoUnit.DAYS.between(query.from(), query.to()) < MAX_DAYS) {
            List<String> days = new ArrayList<>();
            for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
                days.add(day(d));
            }
            return Optional.of(days);
        }
        return Optional.empty();
    }

    /**
     * The stages, run on {@link #COLLECTION}, that give the orders named by {@code keys}, each once, as
     * stored; the query's own criteria follow them.
     */
    public static List<AggregationOperation> orders(List<String> keys) {
        return List.of(match(where("_id").in(keys)), unwind("ids"), group("ids"),
                lookup("orders", "_id", "_id", "order"), unwind("order"), replaceRoot("order"));
    }
}
