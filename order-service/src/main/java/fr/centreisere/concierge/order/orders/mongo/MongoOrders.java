package fr.centreisere.concierge.order.orders.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.result.UpdateResult;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.notify.NotificationEvent;
import fr.centreisere.concierge.order.orders.ProviderMessages;
import fr.centreisere.concierge.platform.due.DueSet;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.mongo.BackgroundReads;
import fr.centreisere.concierge.platform.outbox.OutboxBson;
import fr.centreisere.concierge.platform.outbox.OutboxMarks;
import fr.centreisere.concierge.platform.outbox.OwnMarks;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.order.orders.Address;
import fr.centreisere.concierge.order.orders.Billing;
import fr.centreisere.concierge.order.orders.CompletedOrder;
import fr.centreisere.concierge.order.orders.Customer;
import fr.centreisere.concierge.order.orders.HistoryEntry;
import fr.centreisere.concierge.order.orders.JobEventType;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.OrderSummary;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.PriceBreakdown;
import fr.centreisere.concierge.order.orders.ReceivedEvent;
import fr.centreisere.concierge.order.orders.ServiceTitle;
import fr.centreisere.concierge.order.orders.UnassignedReason;
import fr.centreisere.concierge.order.orders.mongo.OrderDocument.AddressPart;
import fr.centreisere.concierge.order.orders.mongo.OrderDocument.EventPart;
import fr.centreisere.concierge.order.orders.mongo.OrderDocument.HistoryPart;
import fr.centreisere.concierge.order.orders.mongo.OrderDocument.PricePart;
import fr.centreisere.concierge.order.orders.mongo.OrderDocument.SlotPart;
import fr.centreisere.concierge.platform.page.Page;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Orders in MongoDB: one document each; every write after the first is conditional on the version read. */
@Repository
class MongoOrders implements Orders {

    private final MongoTemplate mongo;
    private final DueSets dueSets;
    private final OrderDayTallies tallies;
    private final TalliedAsRead asRead = new TalliedAsRead();
    /** The dispatches' due entries: a new order's, marked at its lease's end, goes with the write settling it. */
    private final OwnMarks dispatchMarks;

    /** The clock dates the tallies' marks (the system's when the context has none: a storage slice). */
    MongoOrders(MongoTemplate mongo, DueSets dueSets, ObjectProvider<Clock> clock) {
        this.mongo = mongo;
        this.dueSets = dueSets;
        this.dispatchMarks = new OwnMarks(dueSets, OrderOutboxLayouts.PROVIDER_SERVICE);
        this.tallies = new OrderDayTallies(mongo, clock.getIfAvailable(Clock::systemUTC));
    }

    @Override
    public Order insert(Order order) {
        OrderDocument document = toDocument(order, 0);
        TalliedOrder tallied = TalliedOrder.of(order, 0);
        OrderKeys.record(mongo, order);
        tallies.before(order.id(), 0, List.of(tallied.day()));
        Order stored;
        try {
            stored = toOrder(mongo.insert(document));
        } catch (DuplicateKeyException duplicate) {
            // certainly not stored: its keys go (else « Mes commandes » would count it until a page shows it missing);
            // its tally mark stays, harmless: the report reads the order, finds none, and the mark is repaired away
            OrderKeys.forget(mongo, order);
            throw new IdempotencyKeyTaken(duplicate);
        }
        tallies.after(tallied, null);
        asRead.remember(tallied);
        markPending(stored, Optional.empty());
        return stored;
    }

    /**
     * Right after the write: the order joins its outboxes' due sets while a message of theirs is pending;
     * the dispatch's entry this repository marked ({@code dispatchMarked}, taken before the write) goes
     * when the write settled it.
     */
    private void markPending(Order order, Optional<DueSet.Entry> dispatchMarked) {
        dispatchMarks.written(order.id(), order.outbox(), dispatchMarked);
        OutboxMarks.written(dueSets, OrderOutboxLayouts.NOTIFICATIONS, order.id(), order.notifications());
    }

    @Override
    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(mongo.findById(orderId, OrderDocument.class)).map(this::remembered);
    }

    /** An order read to be changed: what it tallies as is kept for its update (see {@link TalliedAsRead}). */
    private Order remembered(OrderDocument document) {
        Order order = toOrder(document);
        asRead.remember(TalliedOrder.of(order, document.version()));
        return order;
    }

    @Override
    public Optional<Order> findByIdempotencyKey(String customerUserId, String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(
                query(where("customerUserId").is(customerUserId).and("idempotencyKey").is(idempotencyKey)),
                OrderDocument.class)).map(this::remembered);
    }

    @Override
    public Order update(Order order) {
        long expected = order.version() == null ? 0 : order.version();
        OrderDocument next = toDocument(order, expected + 1);
        TalliedOrder before = asRead.at(order.id(), expected).orElseGet(() -> storedAt(order.id(), expected));
        TalliedOrder after = TalliedOrder.of(order, expected + 1);
        // a write that changes nothing tallied (most events: an offer renewed, a message settled) writes no tally
        boolean tallied = !before.talliesAs(after);
        if (tallied) {
            tallies.before(order.id(), after.version(), List.of(after.day(), before.day()));
        }
        if (mayHaveMoved(order)) {
            OrderKeys.record(mongo, order); // its slot day may have changed (rescheduled)
        }
        Optional<DueSet.Entry> dispatchMarked = dispatchMarks.taken(order.id()); // before: a mark made since stays
        UpdateResult result = mongo.replace(query(where("_id").is(order.id()).and("version").is(expected)), next);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentChange(order.id()); // its tally mark stays, harmless (see OrderDayTallies)
        }
        if (tallied) {
            tallies.after(after, before.day());
        }
        asRead.remember(after);
        Order stored = toOrder(next);
        markPending(stored, dispatchMarked);
        return stored;
    }

    /**
     * The order as stored, for an update of an order not read here lately.
     *
     * @throws ConcurrentChange when it is no longer at the version read (the update could not succeed)
     */
    private TalliedOrder storedAt(String orderId, long version) {
        Document stored = mongo.getCollection("orders").find(new Document("_id", orderId))
                .projection(TalliedOrder.STORED_FIELDS).first();
        if (stored == null || TalliedOrder.number(stored, "version") != version) {
            throw new ConcurrentChange(orderId);
        }
        return TalliedOrder.ofStored(stored);
    }

    /**
     * Only a reschedule moves an order to another day, and it enqueues a message to provider-service (a
     * {@code RESCHEDULE}, or a second {@code DISPATCH}) in the same write; otherwise the keys the insert
     * recorded still hold it (issue 15: the placing request's second write, and every event's, write no key).
     */
    static boolean mayHaveMoved(Order order) {
        int dispatches = 0;
        for (OutboxMessage message : order.outbox()) {
            ProviderMessages.Kind kind = ProviderMessages.kindOf(message);
            if (kind == ProviderMessages.Kind.RESCHEDULE || (kind == ProviderMessages.Kind.DISPATCH && ++dispatches > 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Page<Order> list(OrderQuery asked, int page, int size) {
        Criteria criteria = OrderCriteria.of(asked, mongo);
        if (OrderKeys.isCustomerOnly(asked)) {
            Optional<Page<Order>> newestFirst = OrderKeys.customerPage(mongo, asked.customerUserId(), page, size,
                    ids -> mongo.find(query(where("_id").in(ids)), OrderDocument.class).stream()
                            .collect(Collectors.toMap(OrderDocument::id, MongoOrders::toOrder)));
            if (newestFirst.isPresent()) {
                return newestFirst.get();
            }
        }
        Optional<List<String>> keys = OrderKeys.keysFor(asked);
        if (keys.isPresent()) {
            return listByKeys(keys.get(), criteria, page, size);
        }
        Query query = query(criteria);
        long total = mongo.count(query, OrderDocument.class);
        query.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("number")))
                .skip((long) page * size).limit(size);
        List<Order> content = mongo.find(query, OrderDocument.class).stream().map(MongoOrders::toOrder).toList();
        return new Page<Order>(content, page, size, total);
    }

    /** « Mes commandes » reads only the fields its cards show (see {@link StoredSummary}); other lists read whole orders. */
    @Override
    public Page<OrderSummary> summaries(OrderQuery asked, int page, int size) {
        if (OrderKeys.isCustomerOnly(asked)) {
            Optional<Page<OrderSummary>> newestFirst = OrderKeys.customerPage(mongo, asked.customerUserId(), page,
                    size, this::summariesById);
            if (newestFirst.isPresent()) {
                return newestFirst.get();
            }
        }
        return Orders.super.summaries(asked, page, size);
    }

    private Map<String, OrderSummary> summariesById(List<String> ids) {
        Query byId = query(where("_id").in(ids));
        StoredSummary.FIELDS.forEach(byId.fields()::include);
        return mongo.find(byId, Document.class, mongo.getCollectionName(OrderDocument.class)).stream()
                .map(StoredSummary::of).collect(Collectors.toMap(OrderSummary::id, Function.identity()));
    }

    /**
     * The same page from the orders the keys name (a customer's, a period's days: see {@link OrderKeys}),
     * the same criteria applied after the look-up, the same order.
     */
    @SuppressWarnings("unchecked")
    private Page<Order> listByKeys(List<String> keys, Criteria criteria, int page, int size) {
        List<AggregationOperation> stages = new ArrayList<>(OrderKeys.orders(keys));
        stages.add(Aggregation.match(criteria));
        stages.add(Aggregation.facet(Aggregation.count().as("n")).as("total")
                .and(Aggregation.sort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("number"))),
                        Aggregation.skip((long) page * size), Aggregation.limit(size)).as("page"));
        Document facets = mongo.aggregate(Aggregation.newAggregation(stages), OrderKeys.COLLECTION, Document.class)
                .getUniqueMappedResult();
        List<Document> totals = facets == null ? List.of() : (List<Document>) facets.get("total", List.class);
        long total = totals == null || totals.isEmpty() ? 0 : ((Number) totals.get(0).get("n")).longValue();
        List<Document> rows = facets == null ? List.of() : (List<Document>) facets.get("page", List.class);
        List<Order> content = rows == null ? List.of() : rows.stream()
                .map(row -> mongo.getConverter().read(OrderDocument.class, row)).map(MongoOrders::toOrder).toList();
        return new Page<Order>(content, page, size, total);
    }

    @Override
    public java.util.stream.Stream<Order> stream(OrderQuery asked) {
        Query query = query(OrderCriteria.of(asked, mongo))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("number")));
        return mongo.stream(query, OrderDocument.class).map(MongoOrders::toOrder);
    }

    @Override
    public List<Order> completedForCompany(String companyId, Instant from, Instant to) {
        Query query = query(where("companyId").is(companyId).and("state").is(OrderState.COMPLETED.name())
                .and("history").elemMatch(where("state").is(OrderState.COMPLETED.name()).and("at").gte(from).lt(to)));
        return mongo.find(query, OrderDocument.class).stream().map(MongoOrders::toOrder).toList();
    }

    /**
     * Read in the background (a month's closing), through every order on the embedded store: with the
     * operation timeout of {@link BackgroundReads}, not the socket timeout of a request.
     */
    @Override
    public List<CompletedOrder> completedBetween(Instant from, Instant to) {
        return ordersInTheBackground().find(completedIn(from, to))
                .projection(Projections.include("number", "serviceTitleFr", "companyId", "memberId",
                        "price.vatRatePercent", "price.employerShareCents", "price.commissionCents", "history.state",
                        "history.at"))
                .map(MongoOrders::completedOrder).into(new ArrayList<>());
    }

    @Override
    public boolean anyCompletedBetween(Instant from, Instant to) {
        return ordersInTheBackground().find(completedIn(from, to)).projection(Projections.include("_id")).limit(1)
                .first() != null;
    }

    private com.mongodb.client.MongoCollection<Document> ordersInTheBackground() {
        return BackgroundReads.of(mongo.getCollection(mongo.getCollectionName(OrderDocument.class)));
    }

    private static Bson completedIn(Instant from, Instant to) {
        String completed = OrderState.COMPLETED.name();
        return Filters.and(Filters.eq("state", completed), Filters.elemMatch("history", Filters.and(
                Filters.eq("state", completed), Filters.gte("at", Date.from(from)), Filters.lt("at", Date.from(to)))));
    }

    /** The billed fields of a stored order, read as the projection above leaves them. */
    private static CompletedOrder completedOrder(Document stored) {
        Document price = stored.get("price", Document.class);
        Instant completedAt = stored.getList("history", Document.class).stream()
                .filter(entry -> OrderState.COMPLETED.name().equals(entry.getString("state")))
                .map(entry -> entry.getDate("at").toInstant()).findFirst().orElseThrow();
        return new CompletedOrder(stored.getString("number"), stored.getString("serviceTitleFr"),
                stored.getString("companyId"), stored.getString("memberId"),
                new BigDecimal(price.getString("vatRatePercent")), cents(price, "employerShareCents"),
                cents(price, "commissionCents"), completedAt);
    }

    /** An amount of a stored price part, read from a plain document (a projection's answer). */
    static Money cents(Document price, String field) {
        return Money.ofCents(price.get(field, Number.class).longValue());
    }

    static OrderDocument toDocument(Order order, long version) {
        PriceBreakdown price = order.price();
        return new OrderDocument(order.id(), order.number(), order.customer().userId(),
                order.customer().displayName(), order.serviceId(), order.serviceTitle().fr(),
                order.serviceTitle().en(), order.category(), order.quantity(), order.communeInsee(),
                new AddressPart(order.address().line1(), order.address().line2(), order.address().postalCode()),
                SlotPart.of(order.slot()),
                order.notes(), order.phone(), order.billing().name(), order.companyId(),
                new PricePart(price.unitPrice().cents(), price.quantity(), price.subtotal().cents(),
                        price.vatRatePercent().toPlainString(), price.vat().cents(), price.total().cents(),
                        price.employerShare().cents(), price.customerShare().cents(),
                        price.commissionRatePercent().toPlainString(), price.commission().cents()),
                order.createdAt(), order.idempotencyKey(), order.requestFingerprint(), order.state().name(),
                order.memberId(), order.jobId(), order.offeredTo(), order.lastEventAt(),
                order.lastUnassignedReason() == null ? null : order.lastUnassignedReason().name(),
                order.history().stream().map(HistoryPart::of).toList(),
                OutboxBson.toBson(order.outbox()), OutboxBson.toBson(order.notifications()),
                order.events().stream().map(e -> new EventPart(e.eventId(), e.type().name(), e.jobId(), e.memberId(),
                        e.occurredAt(), e.receivedAt(), e.applied())).toList(),
                version);
    }

    static Order toOrder(OrderDocument d) {
        PricePart p = d.price();
        PriceBreakdown price = new PriceBreakdown(Money.ofCents(p.unitPriceCents()), p.quantity(),
                Money.ofCents(p.subtotalCents()), new BigDecimal(p.vatRatePercent()), Money.ofCents(p.vatCents()),
                Money.ofCents(p.totalCents()), Money.ofCents(p.employerShareCents()),
                Money.ofCents(p.customerShareCents()), new BigDecimal(p.commissionRatePercent()),
                Money.ofCents(p.commissionCents()));
        return new Order(d.id(), d.number(), new Customer(d.customerUserId(), d.customerDisplayName()),
                d.serviceId(), new ServiceTitle(d.serviceTitleFr(), d.serviceTitleEn()), d.category(), d.quantity(),
                d.communeInsee(), new Address(d.address().line1(), d.address().line2(), d.address().postalCode()),
                d.slot().slot(),
                d.notes(), d.phone(), Billing.valueOf(d.billing()), d.companyId(), price, d.createdAt(),
                d.idempotencyKey(), d.requestFingerprint(), OrderState.valueOf(d.state()), d.memberId(), d.jobId(),
                d.offeredTo(), d.lastEventAt(), UnassignedReason.ofCode(d.unassignedReason()).orElse(null),
                list(d.history()).stream().map(HistoryPart::entry).toList(),
                OutboxBson.fromBson(d.outbox(), ProviderMessages.DESTINATION),
                OutboxBson.fromBson(d.notifications(), NotificationEvent.DESTINATION),
                list(d.events()).stream().map(e -> new ReceivedEvent(e.eventId(), JobEventType.valueOf(e.type()),
                        e.jobId(), e.memberId(), e.occurredAt(), e.receivedAt(), e.applied())).toList(),
                d.version());
    }

    private static <T> List<T> list(List<T> stored) {
        return stored == null ? List.of() : stored;
    }
}
