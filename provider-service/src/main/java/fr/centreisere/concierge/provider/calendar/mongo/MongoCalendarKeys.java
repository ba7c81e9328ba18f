package fr.centreisere.concierge.provider.calendar.mongo;

import java.time.Instant;
import java.util.Optional;

import fr.centreisere.concierge.provider.calendar.CalendarKey;
import fr.centreisere.concierge.provider.calendar.CalendarKeys;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/** Calendar keys in MongoDB, one document per member (its id the member's): a renewal replaces it. */
@Repository
class MongoCalendarKeys implements CalendarKeys {

    private final MongoTemplate mongo;

    MongoCalendarKeys(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("calendarKeys")
    record CalendarKeyDocument(@Id String memberId, String secretHash, Instant renewedAt) {
    }

    @Override
    public Optional<CalendarKey> of(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, CalendarKeyDocument.class))
                .map(d -> new CalendarKey(d.memberId(), d.secretHash(), d.renewedAt()));
    }

    @Override
    public void replace(CalendarKey key) {
        // save() is an upsert by id: the one document of the member is replaced whole
        mongo.save(new CalendarKeyDocument(key.memberId(), key.secretHash(), key.renewedAt()));
    }
}
