package fr.centreisere.concierge.order.invoice.mongo;

import java.time.Instant;
import java.time.YearMonth;

import fr.centreisere.concierge.order.invoice.MonthClosings;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** One document per closed month, its id the month ({@code 2026-11}): a second close inserts nothing. */
@Repository
class MongoMonthClosings implements MonthClosings {

    static final String COLLECTION = "monthClosings";

    private final MongoTemplate mongo;

    MongoMonthClosings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean isClosed(YearMonth month) {
        return mongo.findById(month.toString(), Document.class, COLLECTION) != null;
    }

    @Override
    public void markClosed(YearMonth month, Instant at, int issued) {
        try {
            mongo.insert(new Document("_id", month.toString()).append("closedAt", at).append("issued", issued), COLLECTION);
        } catch (DuplicateKeyException closedMeanwhile) {
            // another closing of the same month finished first: the month is closed either way
        }
    }
}
