package fr.centreisere.concierge.order.orders.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import fr.centreisere.concierge.order.orders.OrderQuery;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A period's report counted from per-day tallies (issue 15: the aggregation read every order key and every
 * order of the period, a cost that grew with the history): one document per slot day in
 * {@code order_tallies} (split in {@link #BUCKETS} by order id), {@code {_id: "yyyy-MM-dd|<bucket>", orders:
 * {<orderId>: {v, state, category, commune, member, company, subtotal, commission}}, pending: [{id, v, at}]}},
 * read by {@code _id $in} (the only filter the
 * embedded store serves from an index besides unique keys, and every write here is filtered on {@code _id}
 * alone for the same reason).
 *
 * <p><b>Kept by every write that changes what is tallied</b> (state, member, slot day…; see
 * {@link MongoOrders}), without transactions and crash-safe:
 * <ol>
 *   <li>before the order's write of version {@code v}, a mark {@code {id, v, at}} is pushed on its day (and on
 *       the day it leaves);</li>
 *   <li>after it, {@code $max} sets the entry (the version first: a late write of an older version changes
 *       nothing) and the marks of versions up to {@code v} are pulled; the day it left gets a {@code gone}
 *       entry of version {@code v}, so that an older entry can never come back.</li>
 * </ol>
 * An entry is trusted unless a mark of a newer version names its order: a write is then in flight, failed,
 * or was cut by a crash, and the report reads those few orders by {@code _id} and counts them as stored (an
 * order not stored is not counted). A mark older than {@link #REPAIR_AFTER} is a leftover: the report
 * repairs its entry from the stored order and pulls exactly the marks it saw (a newer write's mark stays).
 *
 * <p><b>Complete</b> once {@link #BUILT} is stored: a store written before the tallies has none, so
 * order-service builds them from the orders once at start ({@link BuildTalliesAtStartup}) and the report
 * counts with its aggregation until then; a fill tallies what was stored before it, then its own orders, and
 * writes the mark itself.
 */
public final class OrderDayTallies {

    private static final Logger log = LoggerFactory.getLogger(OrderDayTallies.class);

    public static final String COLLECTION = "order_tallies";
    /** The document whose presence says every stored order is tallied. */
    static final String BUILT = "built";
    /** A mark this old is a crash's or a failed write's leftover: no write takes that long. */
    static final Duration REPAIR_AFTER = Duration.ofMinutes(1);
    /**
     * The longest period read from the tallies: a report's longest ({@code Period.MAX_DAYS}, 400) and one; the
     * cost is that of the days read.
     */
    static final int MAX_DAYS = 401;

    /** The orders' own collection. */
    private static final String STORED_ORDERS = "orders";
    private static final String ORDERS = "orders";
    /**
     * Each day's orders are split over this many documents (by their id's hash, which never changes): a write
     * rewrites its whole document, and a busy day's would be tens of kilobytes; a month is still read at once.
     */
    static final int BUCKETS = 8;
    private static final String PENDING = "pending";
    private static final int BUILD_CHUNK = 5_000;

    private final MongoTemplate mongo;
    private final Clock clock;

    public OrderDayTallies(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    // --- writing ---------------------------------------------------------------------------------

    /** Before writing version {@code version} of an order: its mark on each day it is or was on. */
    void before(String orderId, long version, Collection<LocalDate> days) {
        Document mark = new Document("id", orderId).append(TalliedOrder.VERSION, version)
                .append("at", clock.millis());
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (LocalDate day : new LinkedHashSet<>(days)) {
            writes.add(new UpdateOneModel<>(eq("_id", documentOf(day, orderId)), Updates.push(PENDING, mark), UPSERT));
        }
        collection().bulkWrite(writes, UNORDERED);
    }

    /**
     * After the order's write succeeded: its entry on its day, and {@code gone} on the day it {@code left}. A
     * failure is only logged: the marks stay, so the report reads the order until a repair.
     */
    void after(TalliedOrder written, @Nullable LocalDate left) {
        try {
            List<WriteModel<Document>> writes = new ArrayList<>();
            writes.add(new UpdateOneModel<>(eq("_id", documentOf(written.day(), written.id())),
                    Updates.combine(Updates.max(ORDERS + "." + written.id(), written.entry()),
                            pullUpTo(written.id(), written.version())), UPSERT));
            if (left != null && !left.equals(written.day())) {
                writes.add(new UpdateOneModel<>(eq("_id", documentOf(left, written.id())),
                        Updates.combine(Updates.max(ORDERS + "." + written.id(), TalliedOrder.gone(written.version())),
                                pullUpTo(written.id(), written.version())), UPSERT));
            }
            collection().bulkWrite(writes, UNORDERED);
        } catch (RuntimeException e) {
            log.warn("order {}: its tally is left to repair ({})", written.id(), e.getMessage());
        }
    }

    /** The marks of versions up to {@code version}: a write of them is done, or can no longer succeed. */
    private static Bson pullUpTo(String orderId, long version) {
        return Updates.pull(PENDING, new Document("id", orderId)
                .append(TalliedOrder.VERSION, new Document("$lte", version)));
    }

    /** Many entries at once, one update per day (generated volume, the build): no mark, the services are stopped. */
    void recordAll(Collection<TalliedOrder> orders) {
        Map<String, List<Bson>> byDocument = new LinkedHashMap<>();
        for (TalliedOrder order : orders) {
            byDocument.computeIfAbsent(documentOf(order.day(), order.id()), day -> new ArrayList<>())
                    .add(Updates.max(ORDERS + "." + order.id(), order.entry()));
        }
        if (byDocument.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        byDocument.forEach((id, entries) -> writes.add(new UpdateOneModel<>(eq("_id", id),
                Updates.combine(entries), UPSERT)));
        collection().bulkWrite(writes, UNORDERED);
    }

    boolean isBuilt() {
        return collection().find(eq("_id", BUILT)).first() != null;
    }

    void markBuilt() {
        collection().updateOne(eq("_id", BUILT), Updates.set("at", clock.millis()), UPSERT);
    }

    /** Until {@link #markBuilt} again, the report counts with its aggregation. */
    void forgetBuilt() {
        collection().deleteOne(eq("_id", BUILT));
    }

    /**
     * Every stored order's entry, then the mark: once, for a store written before the tallies. Safe while
     * orders are written: an entry is set by {@code $max} on its version, never over a newer one.
     *
     * @return how many orders were tallied
     */
    long build() {
        long tallied = 0;
        List<TalliedOrder> chunk = new ArrayList<>(BUILD_CHUNK);
        try (MongoCursor<Document> stored = mongo.getCollection(STORED_ORDERS).find()
                .projection(TalliedOrder.STORED_FIELDS).batchSize(1_000).iterator()) {
            while (stored.hasNext()) {
                chunk.add(TalliedOrder.ofStored(stored.next()));
                if (chunk.size() == BUILD_CHUNK) {
                    recordAll(chunk);
                    tallied += chunk.size();
                    chunk.clear();
                }
            }
        }
        recordAll(chunk);
        tallied += chunk.size();
        markBuilt();
        return tallied;
    }

    // --- reading ---------------------------------------------------------------------------------

    /** Whether the tallies may answer the query: a period's days, no customer (« Mes commandes » has its keys). */
    static boolean answers(OrderQuery query) {
        return query.customerUserId() == null && !query.stuck() && query.from() != null && query.to() != null
                && !query.to().isBefore(query.from()) && ChronoUnit.DAYS.between(query.from(), query.to()) < MAX_DAYS;
    }

    /**
     * The orders the query selects, as the tallies and the stored orders say; nothing when the tallies cannot
     * answer it (see {@link #answers}) or are not built yet: the caller counts the general way.
     */
    public Optional<List<TalliedOrder>> selected(OrderQuery query) {
        if (!answers(query)) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        ids.add(BUILT);
        for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
            for (int bucket = 0; bucket < BUCKETS; bucket++) {
                ids.add(day + "|" + bucket);
            }
        }
        boolean built = false;
        Map<String, TalliedOrder> trusted = new HashMap<>();
        Set<String> doubtful = new LinkedHashSet<>();
        List<Leftover> leftovers = new ArrayList<>();
        long tooOld = clock.millis() - REPAIR_AFTER.toMillis();
        for (Document tallies : collection().find(in("_id", ids))) {
            String id = tallies.getString("_id");
            if (BUILT.equals(id)) {
                built = true;
                continue;
            }
            read(id, tallies, tooOld, trusted, doubtful, leftovers);
        }
        if (!built) {
            return Optional.empty();
        }
        Map<String, TalliedOrder> stored = new HashMap<>();
        if (!doubtful.isEmpty()) {
            for (Document order : mongo.getCollection(STORED_ORDERS).find(in("_id", doubtful))
                    .projection(TalliedOrder.STORED_FIELDS)) {
                TalliedOrder tallied = TalliedOrder.ofStored(order);
                stored.put(tallied.id(), tallied);
            }
        }
        repair(leftovers, stored);
        List<TalliedOrder> selected = new ArrayList<>();
        trusted.forEach((id, order) -> {
            if (!doubtful.contains(id) && order.matches(query)) {
                selected.add(order);
            }
        });
        doubtful.stream().map(stored::get).filter(order -> order != null && order.matches(query))
                .forEach(selected::add);
        return Optional.of(selected);
    }

    /** One mark as stored. */
    private record Mark(String orderId, long version, long at, Document stored) {
    }

    /** Marks older than {@link #REPAIR_AFTER} of one order on one day, and whether the day holds an entry of it. */
    private record Leftover(String document, LocalDate day, String orderId, List<Mark> marks, boolean hasEntry) {
    }

    /** The document of {@code day} that holds an order's entry and marks: {@code yyyy-MM-dd|<bucket>}. */
    static String documentOf(LocalDate day, String orderId) {
        return day + "|" + Math.floorMod(orderId.hashCode(), BUCKETS);
    }

    private static void read(String document, Document tallies, long tooOld, Map<String, TalliedOrder> trusted,
            Set<String> doubtful, List<Leftover> leftovers) {
        LocalDate day = LocalDate.parse(document.substring(0, document.indexOf('|')));
        Document entries = tallies.get(ORDERS) instanceof Document d ? d : new Document();
        Map<String, List<Mark>> marks = new HashMap<>();
        if (tallies.get(PENDING) instanceof List<?> pending) {
            for (Object element : pending) {
                if (element instanceof Document mark && mark.get("id") instanceof String orderId) {
                    marks.computeIfAbsent(orderId, any -> new ArrayList<>()).add(new Mark(orderId,
                            TalliedOrder.number(mark, TalliedOrder.VERSION), TalliedOrder.number(mark, "at"), mark));
                }
            }
        }
        Set<String> named = new LinkedHashSet<>(entries.keySet());
        named.addAll(marks.keySet());
        for (String orderId : named) {
            Document entry = entries.get(orderId) instanceof Document e ? e : null;
            long version = entry == null ? -1 : TalliedOrder.number(entry, TalliedOrder.VERSION);
            List<Mark> ofOrder = marks.getOrDefault(orderId, List.of());
            boolean open = ofOrder.stream().anyMatch(mark -> mark.version() > version);
            List<Mark> old = ofOrder.stream().filter(mark -> mark.at() < tooOld).toList();
            if (open) {
                doubtful.add(orderId);
            } else if (entry != null) {
                TalliedOrder order = TalliedOrder.ofEntry(orderId, day, entry);
                if (order != null) {
                    trusted.merge(orderId, order, (a, b) -> a.version() >= b.version() ? a : b);
                }
            }
            if (!old.isEmpty()) {
                leftovers.add(new Leftover(document, day, orderId, old, entry != null));
            }
        }
    }

    /**
     * The leftovers' entries set from the stored orders ({@code $max}: a newer write's entry wins), their old
     * marks pulled by value (a newer write's mark is another value, and stays). Only logged when it fails:
     * the next report tries again.
     */
    private void repair(List<Leftover> leftovers, Map<String, TalliedOrder> stored) {
        if (leftovers.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Leftover leftover : leftovers) {
            List<Bson> changes = new ArrayList<>();
            TalliedOrder order = stored.get(leftover.orderId());
            String path = ORDERS + "." + leftover.orderId();
            if (order != null && order.day().equals(leftover.day())) {
                changes.add(Updates.max(path, order.entry()));
            } else if (order != null && leftover.hasEntry()) {
                changes.add(Updates.max(path, TalliedOrder.gone(order.version())));
            }
            changes.add(Updates.pullAll(PENDING, leftover.marks().stream().map(Mark::stored).toList()));
            writes.add(new UpdateOneModel<>(eq("_id", leftover.document()), Updates.combine(changes)));
        }
        try {
            collection().bulkWrite(writes, UNORDERED);
        } catch (RuntimeException e) {
            log.warn("order tallies: {} leftover(s) not repaired ({})", writes.size(), e.getMessage());
        }
    }

    private com.mongodb.client.MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
}
