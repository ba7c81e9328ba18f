package fr.centreisere.concierge.platform.outbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The relay's reads and writes on the owners' documents, through the driver, whatever the owner's own
 * mapping: find owners with a message due, claim one message (a conditional update on the lease token
 * it read: of two relays, one wins), settle it (conditional on this relay's token), defer the messages
 * waiting behind a lane's head, and list what needs attention.
 */
public final class MongoOutboxStore implements Settlement {

    private final MongoTemplate mongo;
    private final OutboxLayout layout;

    public MongoOutboxStore(MongoTemplate mongo, OutboxLayout layout) {
        this.mongo = mongo;
        this.layout = layout;
    }

    public OutboxLayout layout() {
        return layout;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(layout.collection());
    }

    private boolean embedded() {
        return layout.shape() == OutboxLayout.Shape.EMBEDDED_ARRAY;
    }

    /** Owners with an unsettled message whose next attempt is due (its lane's order aside). */
    public List<String> ownersDue(Instant now, int limit) {
        Bson due = message(and(unsettled(), lte(f("nextAttemptAt"), OutboxBson.date(now))));
        List<String> owners = new ArrayList<>();
        collection().find(due).projection(Projections.include("_id")).limit(limit)
                .forEach(d -> owners.add(String.valueOf(d.get("_id"))));
        return owners;
    }

    /**
     * Every owner with an unsettled message, with its messages: the due set's reconciliation at a relay's
     * start (the one read of the whole collection; the rounds read the due set only).
     */
    public void forEachPending(BiConsumer<String, Outbox> action) {
        collection().find(message(unsettled()))
                .projection(layout.path().isEmpty() ? null : Projections.include(layout.path()))
                .forEach(owner -> action.accept(String.valueOf(owner.get("_id")), outboxOf(owner)));
    }

    /** The owner's messages as stored now. */
    public Optional<Outbox> load(String ownerId) {
        Document owner = collection().find(eq("_id", ownerId))
                .projection(layout.path().isEmpty() ? null : Projections.include(layout.path())).first();
        return Optional.ofNullable(owner).map(this::outboxOf);
    }

    @SuppressWarnings("unchecked")
    Outbox outboxOf(Document owner) {
        if (embedded()) {
            Object stored = owner.getEmbedded(List.of(layout.path().split("\\.")), Object.class);
            List<Document> messages = stored instanceof List<?> list ? (List<Document>) list : List.of();
            return Outbox.of(OutboxBson.fromBson(messages, layout.defaultDestination()));
        }
        Document message = layout.path().isEmpty() ? owner
                : owner.getEmbedded(List.of(layout.path().split("\\.")), Document.class);
        if (message == null) {
            return Outbox.empty();
        }
        Document withId = new Document(message);
        withId.put("id", String.valueOf(owner.get("_id")));
        return Outbox.of(List.of(OutboxBson.fromBson(withId, layout.defaultDestination())));
    }

    /**
     * Takes the message for the relay holding {@code token} until {@code until}, if it is still as read
     * (same lease token, still unsettled).
     */
    public Optional<OutboxMessage> claim(String ownerId, OutboxMessage read, String token, Instant until) {
        OutboxMessage claimed = read.claimed(token, until);
        Bson update = Updates.combine(set("claimedUntil", OutboxBson.date(until)), set("claimToken", token),
                set("nextAttemptAt", OutboxBson.date(claimed.nextAttemptAt())));
        boolean won = write(ownerId, read.id(), read.claimToken(), update, true);
        return won ? Optional.of(claimed) : Optional.empty();
    }

    /** The default {@link Settlement}: the message as settled, if this relay's lease still holds it. */
    @Override
    public void settle(String ownerId, OutboxMessage claimed, OutboxMessage settled) {
        settleIfHeld(ownerId, claimed, settled);
    }

    /** As {@link #settle}. @return whether this relay's lease still held the message, and it is settled as given */
    public boolean settleIfHeld(String ownerId, OutboxMessage claimed, OutboxMessage settled) {
        Document fields = OutboxBson.toBson(settled);
        List<Bson> sets = new ArrayList<>();
        // only what a delivery changes: the rest of the message, and of a single-message document, is the owner's
        for (String changing : List.of("attempts", "nextAttemptAt", "claimedUntil", "handledAt", "lastError",
                "lastStatus", "answer")) {
            sets.add(fields.containsKey(changing) ? set(changing, fields.get(changing)) : unset(changing));
        }
        // Only the outcome that is set is written (the write's filter already says the others are empty), and a
        // settled message keeps its token: no round claims a settled message.
        for (String outcome : List.of("sentAt", "givenUpAt", "withdrawnAt")) {
            if (fields.containsKey(outcome)) {
                sets.add(set(outcome, fields.get(outcome)));
            }
        }
        if (!settled.settled()) {
            sets.add(fields.containsKey("claimToken") ? set("claimToken", fields.get("claimToken")) : unset("claimToken"));
        }
        return write(ownerId, claimed.id(), claimed.claimToken(), Updates.combine(sets), true);
    }

    /**
     * Puts a waiting message's next attempt at its lane head's next attempt, if it is earlier and the head
     * is still as read (not delivered meanwhile).
     */
    public void defer(String ownerId, OutboxMessage waiting, OutboxMessage head) {
        if (!embedded()) {
            return;
        }
        Bson headAsRead = elemMatch(layout.path(), and(eq("id", head.id()), unsettled(),
                eq("nextAttemptAt", OutboxBson.date(head.nextAttemptAt()))));
        Bson waitingAsRead = message(and(eq("id", waiting.id()), unsettled(),
                lt("nextAttemptAt", OutboxBson.date(head.nextAttemptAt()))));
        // on _id beside the conditions (served by that index), not inside a $and (which would be scanned)
        Document filter = new Document("_id", ownerId).append("$and",
                List.of(headAsRead.toBsonDocument(), waitingAsRead.toBsonDocument()));
        collection().updateOne(filter, set("nextAttemptAt", OutboxBson.date(head.nextAttemptAt())),
                new UpdateOptions().arrayFilters(List.of(eq("m.id", waiting.id()))));
    }

    /** Owners with a message that needs attention, and those messages. */
    public List<StuckMessage> needingAttention(int attentionAfter, int limit) {
        List<StuckMessage> stuck = new ArrayList<>();
        collection().find(needsAttentionFilter(attentionAfter))
                .projection(layout.path().isEmpty() ? null : Projections.include(layout.path())).limit(limit)
                .forEach(owner -> outboxOf(owner).needingAttention(attentionAfter)
                        .forEach(m -> stuck.add(StuckMessage.of(String.valueOf(owner.get("_id")), m))));
        stuck.sort(java.util.Comparator.comparing(StuckMessage::since));
        return stuck;
    }

    /** The driver filter of owners with a message that needs attention (for a service's own queries). */
    public Bson needsAttentionFilter(int attentionAfter) {
        Bson triedOften = and(unsettled(), gte(f("attempts"), attentionAfter));
        Bson givenUp = and(eq(f("sentAt"), null), eq(f("withdrawnAt"), null), ne(f("givenUpAt"), null),
                eq(f("handledAt"), null));
        return or(message(triedOften), message(givenUp));
    }

    /** The same, as a Spring Data criteria, for a repository's lists ({@code ?stuck=true}). */
    public Criteria needsAttentionCriteria(int attentionAfter) {
        Criteria triedOften = Criteria.where(f("sentAt")).is(null).and(f("givenUpAt")).is(null)
                .and(f("withdrawnAt")).is(null).and(f("attempts")).gte(attentionAfter);
        Criteria givenUp = Criteria.where(f("sentAt")).is(null).and(f("withdrawnAt")).is(null)
                .and(f("givenUpAt")).ne(null).and(f("handledAt")).is(null);
        if (embedded()) {
            return new Criteria().orOperator(Criteria.where(layout.path()).elemMatch(triedOften),
                    Criteria.where(layout.path()).elemMatch(givenUp));
        }
        return new Criteria().orOperator(triedOften, givenUp);
    }

    // --- writing one message --------------------------------------------------------------------

    /**
     * Changes one message if it is still unsettled and held by {@code token} as read: one conditional update
     * on the owner's {@code _id} and the message as read (in the array, the element of that id; the owner's
     * version moved, so that its own writes on {@code {_id, version}} see the change). The embedded store serves
     * a filter on {@code _id} from that index whatever else it says, as a real MongoDB does; the array filter
     * names the element by its id alone, which no change here moves.
     */
    private boolean write(String ownerId, String messageId, @Nullable String token, Bson update,
            boolean countsForOwner) {
        String versionField = layout.versionField();
        Bson changes = countsForOwner && versionField != null
                ? Updates.combine(update, Updates.inc(versionField, 1)) : update;
        // one document of plain fields (the driver's and() would be a $and, which no index serves)
        Document asRead = new Document(f("claimToken"), token).append(f("sentAt"), null).append(f("givenUpAt"), null)
                .append(f("withdrawnAt"), null);
        if (embedded()) {
            Document element = new Document("id", messageId);
            element.putAll(asRead);
            Document filter = new Document("_id", ownerId).append(layout.path(), new Document("$elemMatch", element));
            return collection().updateOne(filter, changes,
                    new UpdateOptions().arrayFilters(List.of(eq("m.id", messageId)))).getModifiedCount() == 1;
        }
        Document filter = new Document("_id", ownerId);
        filter.putAll(asRead);
        return collection().updateOne(filter, changes).getModifiedCount() == 1;
    }

    /** A condition on one message: on an element of the array, or on the single message's fields. */
    private Bson message(Bson condition) {
        return embedded() ? elemMatch(layout.path(), condition) : condition;
    }

    /** A message field as a filter names it: bare inside {@code $elemMatch}, with its path for a single message. */
    private String f(String name) {
        return embedded() ? name : layout.field(name);
    }

    private Bson set(String field, Object value) {
        return Updates.set(elementField(field), value);
    }

    private Bson unset(String field) {
        return Updates.unset(elementField(field));
    }

    private String elementField(String field) {
        return embedded() ? layout.path() + ".$[m]." + field : layout.field(field);
    }

    private Bson unsettled() {
        return and(eq(f("sentAt"), null), eq(f("givenUpAt"), null), eq(f("withdrawnAt"), null));
    }
}
