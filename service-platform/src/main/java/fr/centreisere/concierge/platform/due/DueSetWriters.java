package fr.centreisere.concierge.platform.due;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The running instances that write one due set ({@value #COLLECTION}: one small document each, seen every
 * {@link #HEARTBEAT}), so that the due set is reconciled with the collection it stands for (an outbox's owners,
 * the open offers' jobs) only when an instance died without stopping — the one case where a write may have lost
 * its mark (the mark follows the write) — instead of at every start (issue 15: with 100,000 orders and jobs,
 * those reads at start held the embedded store for longer than the driver's socket timeout, and the parts
 * starting beside them could not start).
 *
 * <p>An instance registers at start and removes itself at a clean stop. One that stops being seen for
 * {@link #STALE_AFTER} died (a kill, a crash, a power cut): the next instance to start, or any instance's
 * next heartbeat, finds it, removes it and says to reconcile. A due set that has no record yet (a store of an
 * earlier version, which kept none) is reconciled once; a store filled by {@code ./concierge fill}, whose due
 * sets are complete, is {@link #markComplete marked} by the fill. The collection is named for its first users,
 * the outbox relays: stores written since keep their records.
 */
public final class DueSetWriters {

    public static final String COLLECTION = "outbox_relays";
    public static final Duration HEARTBEAT = Duration.ofMinutes(1);
    public static final Duration STALE_AFTER = Duration.ofMinutes(3);
    private static final String KEPT_SINCE = "|kept-since";

    private final MongoTemplate mongo;
    private final String dueSet;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    /** The writers of the due set named {@code dueSet} (as in {@link DueSets#named}). */
    public DueSetWriters(MongoTemplate mongo, String dueSet, Clock clock) {
        this.mongo = mongo;
        this.dueSet = dueSet;
        this.clock = clock;
    }

    /** Registers this instance. @return whether the due set must be reconciled (an instance died, or no record yet) */
    public boolean register() {
        boolean kept = collection().find(Filters.eq("_id", dueSet + KEPT_SINCE)).first() != null;
        boolean died = forgetTheDead();
        // the due set's name is kept under "relay", the field's first name: stores written since hold it
        collection().replaceOne(Filters.eq("_id", id()), new Document("_id", id()).append("relay", dueSet)
                .append("seenAt", Date.from(clock.instant())), new ReplaceOptions().upsert(true));
        markComplete(mongo, dueSet, clock);
        return died || !kept;
    }

    /** This instance is alive. @return whether another one was found dead (then the due set is reconciled) */
    public boolean heartbeat() {
        collection().updateOne(Filters.eq("_id", id()), Updates.set("seenAt", Date.from(clock.instant())),
                new UpdateOptions().upsert(true));
        return forgetTheDead();
    }

    /** A clean stop: nothing was lost. */
    public void unregister() {
        collection().deleteOne(Filters.eq("_id", id()));
    }

    /** The due set is complete from now on (written by whoever knows it: a registering instance, the fill). */
    public static void markComplete(MongoTemplate mongo, String dueSet, Clock clock) {
        mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", dueSet + KEPT_SINCE),
                Updates.setOnInsert("at", Date.from(clock.instant())), new UpdateOptions().upsert(true));
    }

    /** Removes the instances of this due set's writers not seen for {@link #STALE_AFTER}. @return whether there was one */
    private boolean forgetTheDead() {
        Instant limit = clock.instant().minus(STALE_AFTER);
        List<Object> dead = new ArrayList<>();
        // a small collection (a few documents per due set): read whole, as the embedded store would anyway
        for (Document record : collection().find(Filters.eq("relay", dueSet))) {
            if (record.get("seenAt") instanceof Date seen && seen.toInstant().isBefore(limit)) {
                dead.add(record.get("_id"));
            }
        }
        for (Object id : dead) {
            collection().deleteOne(Filters.eq("_id", id));
        }
        return !dead.isEmpty();
    }

    private String id() {
        return dueSet + "|" + instance;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
