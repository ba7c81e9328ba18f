package fr.centreisere.concierge.notification.inbox.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import fr.centreisere.concierge.notification.inbox.Inbox;
import fr.centreisere.concierge.notification.inbox.InboxEntry;
import fr.centreisere.concierge.notification.message.MessageData;
import fr.centreisere.concierge.notification.message.MessageKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The in-app entries in MongoDB; an entry's id is derived from its event and user, so a repeat is a duplicate key. */
@Repository
class MongoInbox implements Inbox {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    MongoInbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(InboxEntry entry) {
        try {
            mongo.insert(new InboxEntryDocument(entry.id(), entry.userId(), entry.eventId(), entry.kind().name(),
                    entry.data().asMap(), entry.link(), entry.occurredAt(), entry.readAt()));
        } catch (DuplicateKeyException alreadyThere) {
            // the same event for the same user: the entry is there already
        }
    }

    @Override
    public List<InboxEntry> page(String userId, int page, int size) {
        return mongo.find(query(where("userId").is(userId)).with(NEWEST_FIRST).skip((long) page * size).limit(size),
                InboxEntryDocument.class).stream().map(MongoInbox::entry).toList();
    }

    @Override
    public long count(String userId) {
        return mongo.count(query(where("userId").is(userId)), InboxEntryDocument.class);
    }

    @Override
    public long unread(String userId) {
        return mongo.count(query(where("userId").is(userId).and("readAt").is(null)), InboxEntryDocument.class);
    }

    @Override
    public boolean markRead(String userId, String entryId, Instant at) {
        if (mongo.updateFirst(query(where("_id").is(entryId).and("userId").is(userId).and("readAt").is(null)),
                new Update().set("readAt", at), InboxEntryDocument.class).getMatchedCount() > 0) {
            return true;
        }
        // already read, or not this user's
        return mongo.exists(query(where("_id").is(entryId).and("userId").is(userId)), InboxEntryDocument.class);
    }

    @Override
    public void markAllRead(String userId, Instant at) {
        mongo.updateMulti(query(where("userId").is(userId).and("readAt").is(null)), new Update().set("readAt", at),
                InboxEntryDocument.class);
    }

    private static InboxEntry entry(InboxEntryDocument document) {
        return new InboxEntry(document.id(), document.userId(), document.eventId(), MessageKind.valueOf(document.kind()),
                MessageData.of(document.data()), document.link(), document.occurredAt(), document.readAt());
    }
}
