package fr.centreisere.concierge.order.orders.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import fr.centreisere.concierge.order.orders.OrderNumbers;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One counter document per year, incremented with {@code findAndModify $inc} (upserted on the year's
 * first order): atomic on a single document, no transaction. Numbers are unique, not gapless (a
 * duplicate request that loses the idempotency race leaves its number unused).
 */
@Repository
class MongoOrderNumbers implements OrderNumbers {

    static final String COLLECTION = "orderNumberCounters";

    private final MongoTemplate mongo;

    MongoOrderNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long next(int year) {
        Document counter = mongo.findAndModify(query(where("_id").is("CI-" + year)), new Update().inc("value", 1L),
                FindAndModifyOptions.options().returnNew(true).upsert(true), Document.class, COLLECTION);
        if (counter == null) {
            throw new IllegalStateException("the order number counter of " + year + " did not answer");
        }
        return ((Number) counter.get("value")).longValue();
    }
}
