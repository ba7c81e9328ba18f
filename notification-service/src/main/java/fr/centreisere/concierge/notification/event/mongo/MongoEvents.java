package fr.centreisere.concierge.notification.event.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;

import fr.centreisere.concierge.notification.event.Events;
import fr.centreisere.concierge.notification.event.NotificationEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Received events in MongoDB, by id: the insert of a known id fails on the primary key, so two arrivals at once make one event. */
@Repository
class MongoEvents implements Events {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean recordIfNew(NotificationEvent event) {
        try {
            mongo.insert(new EventDocument(event.eventId(), event.kind().name(), event.occurredAt(), clock.instant(), null));
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    @Override
    public boolean isFannedOut(String eventId) {
        return mongo.exists(query(where("_id").is(eventId).and("fannedOutAt").ne(null)), EventDocument.class);
    }

    @Override
    public void markFannedOut(String eventId) {
        mongo.updateFirst(query(where("_id").is(eventId)), new Update().set("fannedOutAt", clock.instant()), EventDocument.class);
    }
}
