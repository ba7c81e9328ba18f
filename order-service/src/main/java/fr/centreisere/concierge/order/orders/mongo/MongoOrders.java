package fr.centreisere.concierge.order.orders.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.notify.NotificationEvent;
import fr.centreisere.concierge.order.orders.ProviderMessages;
import fr.centreisere.concierge.platform.outbox.OutboxBson;
import fr.centreisere.concierge.order.orders.Address;
import fr.centreisere.concierge.order.orders.Billing;
import fr.centreisere.concierge.order.orders.Customer;
import fr.centreisere.concierge.order.orders.HistoryEntry;
import fr.centreisere.concierge.order.orders.JobEventType;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderPage;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.PriceBreakdown;
import fr.centreisere.concierge.order.orders.ReceivedEvent;
import fr.centreisere.concierge.order.orders.ServiceTitle;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.order.orders.UnassignedReason;
import fr.centreisere.concierge.order.orders.mongo.OrderDocument.AddressPart;
import fr.centreisere.concierge.order.orders.mongo.OrderDocument.EventPart;
import fr.centreisere.concierge.order.orders.mongo.OrderDocument.HistoryPart;
import fr.centreisere.concierge.order.orders.mongo.OrderDocument.PricePart;
import fr.centreisere.concierge.order.orders.mongo.OrderDocument.SlotPart;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Orders in MongoDB: one document each; every write after the first is conditional on the version read. */
@Repository
class MongoOrders implements Orders {

    private final MongoTemplate mongo;

    MongoOrders(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Order insert(Order order) {
        OrderDocument document = toDocument(order, 0);
        try {
            return toOrder(mongo.insert(document));
        } catch (DuplicateKeyException duplicate) {
            throw new IdempotencyKeyTaken(duplicate);
        }
    }

    @Override
    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(mongo.findById(orderId, OrderDocument.class)).map(MongoOrders::toOrder);
    }

    @Override
    public Optional<Order> findByIdempotencyKey(String customerUserId, String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(
                query(where("customerUserId").is(customerUserId).and("idempotencyKey").is(idempotencyKey)),
                OrderDocument.class)).map(MongoOrders::toOrder);
    }

    @Override
    public Order update(Order order) {
        long expected = order.version() == null ? 0 : order.version();
        OrderDocument next = toDocument(order, expected + 1);
        UpdateResult result = mongo.replace(query(where("_id").is(order.id()).and("version").is(expected)), next);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentChange(order.id());
        }
        return toOrder(next);
    }

    @Override
    public OrderPage list(OrderQuery asked, int page, int size) {
        Criteria criteria = OrderCriteria.of(asked, mongo);
        Query query = query(criteria);
        long total = mongo.count(query, OrderDocument.class);
        query.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("number")))
                .skip((long) page * size).limit(size);
        List<Order> content = mongo.find(query, OrderDocument.class).stream().map(MongoOrders::toOrder).toList();
        return new OrderPage(content, page, size, total);
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

    @Override
    public List<Order> completedBetween(Instant from, Instant to) {
        Query query = query(where("state").is(OrderState.COMPLETED.name())
                .and("history").elemMatch(where("state").is(OrderState.COMPLETED.name()).and("at").gte(from).lt(to)));
        return mongo.find(query, OrderDocument.class).stream().map(MongoOrders::toOrder).toList();
    }

    static OrderDocument toDocument(Order order, long version) {
        PriceBreakdown price = order.price();
        return new OrderDocument(order.id(), order.number(), order.customer().userId(),
                order.customer().displayName(), order.serviceId(), order.serviceTitle().fr(),
                order.serviceTitle().en(), order.category(), order.quantity(), order.communeInsee(),
                new AddressPart(order.address().line1(), order.address().line2(), order.address().postalCode()),
                slotPart(order.slot()),
                order.notes(), order.phone(), order.billing().name(), order.companyId(),
                new PricePart(price.unitPrice().cents(), price.quantity(), price.subtotal().cents(),
                        price.vatRatePercent().toPlainString(), price.vat().cents(), price.total().cents(),
                        price.employerShare().cents(), price.customerShare().cents(),
                        price.commissionRatePercent().toPlainString(), price.commission().cents()),
                order.createdAt(), order.idempotencyKey(), order.requestFingerprint(), order.state().name(),
                order.memberId(), order.jobId(), order.offeredTo(), order.lastEventAt(),
                order.lastUnassignedReason() == null ? null : order.lastUnassignedReason().name(),
                order.history().stream().map(entry -> new HistoryPart(entry.state().name(), entry.at(), entry.by(),
                        entry.reason())).toList(),
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
                slotOf(d.slot()),
                d.notes(), d.phone(), Billing.valueOf(d.billing()), d.companyId(), price, d.createdAt(),
                d.idempotencyKey(), d.requestFingerprint(), OrderState.valueOf(d.state()), d.memberId(), d.jobId(),
                d.offeredTo(), d.lastEventAt(), UnassignedReason.ofCode(d.unassignedReason()).orElse(null),
                list(d.history()).stream().map(h -> new HistoryEntry(OrderState.valueOf(h.state()), h.at(), h.by(),
                        h.reason())).toList(),
                OutboxBson.fromBson(d.outbox(), ProviderMessages.DESTINATION),
                OutboxBson.fromBson(d.notifications(), NotificationEvent.DESTINATION),
                list(d.events()).stream().map(e -> new ReceivedEvent(e.eventId(), JobEventType.valueOf(e.type()),
                        e.jobId(), e.memberId(), e.occurredAt(), e.receivedAt(), e.applied())).toList(),
                d.version());
    }

    private static SlotPart slotPart(Slot slot) {
        return new SlotPart(slot.date().toString(), slot.from().toString(), slot.to().toString());
    }

    private static Slot slotOf(SlotPart part) {
        return new Slot(LocalDate.parse(part.date()), LocalTime.parse(part.from()), LocalTime.parse(part.to()));
    }

    private static <T> List<T> list(List<T> stored) {
        return stored == null ? List.of() : stored;
    }
}
