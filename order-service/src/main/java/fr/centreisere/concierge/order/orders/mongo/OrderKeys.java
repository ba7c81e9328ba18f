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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.platform.page.Page;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The ids of the orders by customer and by slot day, in a small collection of their own
 * ({@code order_keys}: {@code {_id: "customer|<userId>" or "day|<yyyy-MM-dd>", ids: [...]}}), so that « Mes
 * commandes » and a period's list and report start from the few orders they may select instead of reading
 * every order: the embedded store uses no index but {@code _id} and unique ones, and a {@code $lookup} on
 * {@code _id} is served by the {@code _id} index. A key is written before the order's own write: a key
 * whose order was never written finds nothing; a key left on a day the order moved from is filtered out
 * by the query's own criteria, which are applied after the look-up. So a key set is a superset of what
 * its query selects, and the answers are the same as from the whole collection.
 *
 * <p>A customer's key also holds, in the same write, each order's sort key ({@code newest: ["<createdAt in
 * epoch milliseconds, 13 digits> <number> <id>"]}: {@code createdAt} and {@code number} never change; one
 * string, so that the key stays light to store), so that « Mes commandes » without a filter
 * reads that one document, picks the page's ids newest first and looks up only those 20 orders by
 * {@code _id} (issue 15: it read and sorted every order of the customer). A page that names an order not
 * stored (its insert failed after its keys: a duplicate's keys are taken back at once, a crash's stay) is
 * read the general way instead, which filters it out; the total counts the key's orders, so such a
 * leftover of a crash is counted until a page shows its place. A key written before the sort keys were
 * (fewer {@code newest} than {@code ids}) is read the general way.
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

    /** A customer's orders newest first: what « Mes commandes » shows, read from the key alone. */
    static final String NEWEST = "newest";

    /** Before the order's write: its id under its customer and its slot day (adding an id twice changes nothing). */
    static void record(MongoTemplate mongo, Order order) {
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        mongo.getCollection(COLLECTION).bulkWrite(List.of(
                new UpdateOneModel<Document>(Filters.eq("_id", customer(order.customer().userId())),
                        Updates.combine(Updates.addToSet("ids", order.id()), Updates.addToSet(NEWEST, sortKey(order))),
                        upsert),
                new UpdateOneModel<Document>(Filters.eq("_id", day(order.slot().date())),
                        Updates.addToSet("ids", order.id()), upsert)),
                new BulkWriteOptions().ordered(false));
    }

    /**
     * An order's place in its customer's list, as one string whose order is the lists' sort (newest first,
     * then the higher number first): the instant's 13 digits, a space — below every character of a number,
     * so that a shorter number sorts first as the store sorts text — the number, a space, the id.
     */
    static String sortKey(Order order) {
        return "%013d %s %s".formatted(order.createdAt().toEpochMilli(), order.number(), order.id());
    }

    /** The same for many orders at once (generated volume): one upsert per key, before the orders' insert. */
    static void recordAll(MongoTemplate mongo, List<Order> orders) {
        Map<String, List<String>> idsByKey = new LinkedHashMap<>();
        Map<String, List<String>> sortKeysByKey = new LinkedHashMap<>();
        for (Order order : orders) {
            String customer = customer(order.customer().userId());
            idsByKey.computeIfAbsent(customer, key -> new ArrayList<>()).add(order.id());
            sortKeysByKey.computeIfAbsent(customer, key -> new ArrayList<>()).add(sortKey(order));
            idsByKey.computeIfAbsent(day(order.slot().date()), key -> new ArrayList<>()).add(order.id());
        }
        if (idsByKey.isEmpty()) {
            return;
        }
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        idsByKey.forEach((key, ids) -> writes.add(new UpdateOneModel<>(Filters.eq("_id", key),
                sortKeysByKey.containsKey(key)
                        ? Updates.combine(Updates.addEachToSet("ids", ids), Updates.addEachToSet(NEWEST, sortKeysByKey.get(key)))
                        : Updates.addEachToSet("ids", ids), upsert)));
        mongo.getCollection(COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** The order was certainly not stored (a duplicate): its keys go, so that no list counts it. */
    static void forget(MongoTemplate mongo, Order order) {
        try {
            mongo.getCollection(COLLECTION).bulkWrite(List.of(
                    new UpdateOneModel<Document>(Filters.eq("_id", customer(order.customer().userId())),
                            Updates.combine(Updates.pull("ids", order.id()),
                                    Updates.pull(NEWEST, sortKey(order)))),
                    new UpdateOneModel<Document>(Filters.eq("_id", day(order.slot().date())),
                            Updates.pull("ids", order.id()))),
                    new BulkWriteOptions().ordered(false));
        } catch (RuntimeException ignored) {
            // left over: the lists filter it out; « Mes commandes » counts it until a page shows it missing
        }
    }

    /** Whether the query is « Mes commandes » without a filter: one customer's orders, all of them. */
    static boolean isCustomerOnly(OrderQuery query) {
        return query.customerUserId() != null && query.state() == null && query.communeInsee() == null
                && query.category() == null && query.memberId() == null && query.companyId() == null
                && query.from() == null && query.to() == null && !query.stuck();
    }

    /**
     * The page from the customer's key: its sort keys ordered newest first, then the page's orders by
     * {@code _id}, read by {@code readById} (a whole order, or only what a list shows of it). Nothing when
     * the key cannot answer exactly (sort keys missing, an order of the page not stored): the caller reads
     * the general way.
     */
    @SuppressWarnings("unchecked")
    static <T> Optional<Page<T>> customerPage(MongoTemplate mongo, String userId, int page, int size,
            Function<List<String>, Map<String, T>> readById) {
        Document key = mongo.getCollection(COLLECTION).find(Filters.eq("_id", customer(userId))).first();
        if (key == null) {
            return Optional.of(new Page<>(List.of(), page, size, 0));
        }
        List<Object> ids = key.get("ids", List.class);
        List<Object> sortKeys = key.get(NEWEST, List.class);
        if (ids == null || sortKeys == null || sortKeys.size() != ids.size()
                || !sortKeys.stream().allMatch(OrderKeys::isSortKey)) {
            return Optional.empty();
        }
        long from = (long) page * size;
        if (from >= sortKeys.size()) {
            return Optional.of(new Page<>(List.of(), page, size, sortKeys.size()));
        }
        List<String> pageIds = sortKeys.stream().map(String.class::cast).sorted(Comparator.reverseOrder())
                .skip(from).limit(size).map(k -> k.substring(k.lastIndexOf(' ') + 1)).toList();
        Map<String, T> found = readById.apply(pageIds);
        if (found.size() != pageIds.size()) {
            return Optional.empty();
        }
        return Optional.of(new Page<>(pageIds.stream().map(found::get).toList(), page, size, sortKeys.size()));
    }

    private static boolean isSortKey(Object entry) {
        return entry instanceof String key && key.length() > 14 && key.charAt(13) == ' ' && key.lastIndexOf(' ') > 14;
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
