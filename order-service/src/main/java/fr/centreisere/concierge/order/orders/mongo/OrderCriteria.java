package fr.centreisere.concierge.order.orders.mongo;

import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.platform.outbox.MongoOutboxStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * One query, one criteria: the paged list and the period's report (issue 14) select the same stored
 * orders, so every total of the report is what the list counts for the same filters. Slot days are
 * stored as ISO text ({@code yyyy-MM-dd}), whose order is the days' order.
 */
public final class OrderCriteria {

    private OrderCriteria() {
    }

    public static Criteria of(OrderQuery asked, MongoTemplate mongo) {
        Criteria criteria = new Criteria();
        if (asked.customerUserId() != null) {
            criteria = criteria.and("customerUserId").is(asked.customerUserId());
        }
        if (asked.state() != null) {
            criteria = criteria.and("state").is(asked.state().name());
        }
        if (asked.communeInsee() != null) {
            criteria = criteria.and("communeInsee").is(asked.communeInsee());
        }
        if (asked.category() != null) {
            criteria = criteria.and("category").is(asked.category());
        }
        if (asked.memberId() != null) {
            criteria = criteria.and("memberId").is(asked.memberId());
        }
        if (asked.companyId() != null) {
            criteria = criteria.and("companyId").is(asked.companyId());
        }
        if (asked.stuck()) {
            criteria = criteria.orOperator(
                    new MongoOutboxStore(mongo, OrderOutboxLayouts.PROVIDER_SERVICE).needsAttentionCriteria(Order.STUCK_AFTER_ATTEMPTS),
                    new MongoOutboxStore(mongo, OrderOutboxLayouts.NOTIFICATIONS).needsAttentionCriteria(Order.STUCK_AFTER_ATTEMPTS));
        }
        if (asked.from() != null || asked.to() != null) {
            Criteria day = criteria.and("slot.date");
            if (asked.from() != null) {
                day = day.gte(asked.from().toString());
            }
            if (asked.to() != null) {
                day = day.lte(asked.to().toString());
            }
        }
        return criteria;
    }
}
