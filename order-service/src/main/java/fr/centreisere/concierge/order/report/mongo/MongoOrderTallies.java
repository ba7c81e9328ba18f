package fr.centreisere.concierge.order.report.mongo;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.facet;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.mongo.OrderCriteria;
import fr.centreisere.concierge.order.orders.mongo.OrderDayTallies;
import fr.centreisere.concierge.order.orders.mongo.OrderKeys;
import fr.centreisere.concierge.order.orders.mongo.TalliedOrder;
import fr.centreisere.concierge.order.report.OrderTallies;
import fr.centreisere.concierge.order.report.OrderTally;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.stereotype.Repository;

/**
 * A period's numbers from the orders' per-day tallies ({@link OrderDayTallies}: the period's days read by
 * {@code _id}, counted here), when they can answer (built, a period of days, no customer). Otherwise one
 * aggregation in the database: {@code $match} on the list's criteria, then a {@code $facet} whose branches
 * each {@code $group} by one dimension; only the counts travel, never the orders. Both count the same orders
 * the same way ({@code ReportTotalsTest}, {@code TalliesTest}).
 */
@Repository
class MongoOrderTallies implements OrderTallies {

    static final String COLLECTION = "orders";

    private final MongoTemplate mongo;
    private final OrderDayTallies tallies;

    MongoOrderTallies(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.tallies = new OrderDayTallies(mongo, clock);
    }

    @Override
    public OrderTally count(OrderQuery query) {
        return tallies.selected(query).map(MongoOrderTallies::counted).orElseGet(() -> aggregated(query));
    }

    /** The tally of the selected orders, as the aggregation counts it (revenue: the subtotal before VAT). */
    static OrderTally counted(List<TalliedOrder> selected) {
        Map<String, Long> byState = new TreeMap<>();
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, Long> byCommune = new TreeMap<>();
        Map<String, Long> byMember = new TreeMap<>();
        Map<String, Long> byCompany = new TreeMap<>();
        long withoutMember = 0;
        long withoutCompany = 0;
        long completed = 0;
        long revenue = 0;
        long commission = 0;
        for (TalliedOrder order : selected) {
            byState.merge(order.state(), 1L, Long::sum);
            byCategory.merge(order.category(), 1L, Long::sum);
            byCommune.merge(order.communeInsee(), 1L, Long::sum);
            if (order.memberId() == null) {
                withoutMember++;
            } else {
                byMember.merge(order.memberId(), 1L, Long::sum);
            }
            if (order.companyId() == null) {
                withoutCompany++;
            } else {
                byCompany.merge(order.companyId(), 1L, Long::sum);
            }
            if (OrderState.COMPLETED.name().equals(order.state())) {
                completed++;
                revenue += order.subtotalCents();
                commission += order.commissionCents();
            }
        }
        return new OrderTally(selected.size(), byState, byCategory, byCommune, byMember, byCompany, withoutMember,
                withoutCompany, completed, revenue, commission);
    }

    /** The general way: every query the tallies cannot answer, and until they are built. */
    OrderTally aggregated(OrderQuery query) {
        // a customer's or a period's orders are looked up by id from their keys (OrderKeys), not read from all
        Optional<List<String>> keys = OrderKeys.keysFor(query);
        List<AggregationOperation> stages = new ArrayList<>(keys.map(OrderKeys::orders).orElse(List.of()));
        stages.add(match(OrderCriteria.of(query, mongo)));
        stages.add(facet(group("state").count().as("n")).as("byState")
                .and(group("category").count().as("n")).as("byCategory")
                .and(group("communeInsee").count().as("n")).as("byCommune")
                .and(group("memberId").count().as("n")).as("byMember")
                .and(group("companyId").count().as("n")).as("byCompany")
                .and(match(where("state").is(OrderState.COMPLETED.name())),
                        group().count().as("n").sum("price.subtotalCents").as("revenue")
                                .sum("price.commissionCents").as("commission")).as("done"));
        Aggregation aggregation = newAggregation(stages);
        Document facets = mongo.aggregate(aggregation, keys.isPresent() ? OrderKeys.COLLECTION : COLLECTION,
                Document.class).getUniqueMappedResult();
        Map<String, Long> byState = counts(facets, "byState");
        Map<String, Long> byMember = counts(facets, "byMember");
        Map<String, Long> byCompany = counts(facets, "byCompany");
        long total = byState.values().stream().mapToLong(Long::longValue).sum();
        Document done = rows(facets, "done").stream().findFirst().orElse(new Document());
        return new OrderTally(total, byState, counts(facets, "byCategory"), counts(facets, "byCommune"),
                withoutNone(byMember), withoutNone(byCompany), byMember.getOrDefault(NONE, 0L),
                byCompany.getOrDefault(NONE, 0L), number(done, "n"), number(done, "revenue"),
                number(done, "commission"));
    }

    /** The key under which a group of orders without the field (no member, no company) is counted here. */
    private static final String NONE = "";

    private static Map<String, Long> counts(Document facets, String name) {
        Map<String, Long> counts = new TreeMap<>();
        for (Document row : rows(facets, name)) {
            Object key = row.get("_id");
            counts.merge(key == null ? NONE : key.toString(), number(row, "n"), Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> withoutNone(Map<String, Long> counts) {
        Map<String, Long> named = new TreeMap<>(counts);
        named.remove(NONE);
        return named;
    }

    @SuppressWarnings("unchecked")
    private static List<Document> rows(Document facets, String name) {
        if (facets == null || !(facets.get(name) instanceof List<?> list)) {
            return List.of();
        }
        return (List<Document>) list;
    }

    private static long number(Document row, String field) {
        return row.get(field) instanceof Number n ? n.longValue() : 0L;
    }
}
