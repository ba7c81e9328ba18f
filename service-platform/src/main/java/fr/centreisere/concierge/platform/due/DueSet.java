package fr.centreisere.concierge.platform.due;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The keys (owner ids) a scheduler must look at, each with the instant it is next due, in a collection
 * of its own ({@code due_<name>}) that holds only what is pending: the writer that creates pending work
 * {@link #mark}s its key right after its own write; the sweep reads {@link #dueBy} (its cost follows the
 * pending work, not the history) and, having looked, {@link #clear}s the key or {@link #reschedule}s it
 * — both conditional on the entry as read ({@code mark}, a new random number at every mark, so that it
 * never comes back once the entry is gone and made again), so that a mark made meanwhile is never lost.
 * A key marked for nothing costs one look and goes; a writer that settles what it marked itself
 * {@link #clear}s the entry its {@link #marked mark} made, on the same condition.
 *
 * <p>The embedded store (mongo-java-server) only uses {@code _id} and unique indexes: every read and
 * write here is by {@code _id}, or by the unique {@code (_id, mark)}; {@link #dueBy} scans this small
 * collection there, and uses the {@code dueAt} index on a real MongoDB.
 */
public final class DueSet {

    private static final Logger log = LoggerFactory.getLogger(DueSet.class);

    /** One pending key: due at {@code dueAt}; {@code mark} as read, for the conditional clear. */
    public record Entry(String key, Instant dueAt, long mark) {
    }

    private final MongoTemplate mongo;
    private final String collection;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public DueSet(MongoTemplate mongo, String name) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.collection = "due_" + Objects.requireNonNull(name, "name");
    }

    public String collection() {
        return collection;
    }

    private MongoCollection<Document> entries() {
        return mongo.getCollection(collection);
    }

    /** The due time (a real MongoDB's sweep) and the conditional key (the embedded store's clear). */
    public void ensureIndexes() {
        entries().createIndex(Indexes.ascending("dueAt"), new IndexOptions().name("due_at"));
        entries().createIndex(Indexes.ascending("_id", "mark"), new IndexOptions().name("id_mark").unique(true));
    }

    /** Called with each key marked in this process, after its mark (a relay delivers it at once). */
    public void onMarked(Consumer<String> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /**
     * {@code key} is due at {@code dueAt} at the latest (an earlier due time already marked stays).
     * Never throws: a failure is logged, and the work waits for the next start's reconciliation.
     */
    public void mark(String key, Instant dueAt) {
        marked(key, dueAt);
    }

    /**
     * As {@link #mark}, returning the entry this mark made ({@code dueAt} as asked: an earlier one may be
     * stored), for a {@link #clear} by the writer once it has settled what it marked; empty when not written.
     */
    public Optional<Entry> marked(String key, Instant dueAt) {
        Optional<Entry> made = markWithoutTelling(key, dueAt);
        if (made.isPresent()) {
            listeners.forEach(listener -> listener.accept(key));
        }
        return made;
    }

    /** As {@link #mark}, telling no listener (a sweep's own bookkeeping). @return whether it was written */
    public boolean markQuietly(String key, Instant dueAt) {
        return markWithoutTelling(key, dueAt).isPresent();
    }

    private Optional<Entry> markWithoutTelling(String key, Instant dueAt) {
        // random, not a counter: a counter starts again at 1 when the entry is made again after a clear, and a
        // clear conditional on an older read of 1 would then take a mark it never saw
        long mark = ThreadLocalRandom.current().nextLong();
        try {
            entries().updateOne(eq("_id", key),
                    Updates.combine(Updates.min("dueAt", Date.from(dueAt)), Updates.set("mark", mark)),
                    new UpdateOptions().upsert(true));
            return Optional.of(new Entry(key, dueAt, mark));
        } catch (RuntimeException e) {
            log.warn("{}: {} not marked due ({}); the next start's reconciliation finds it", collection, key,
                    e.toString());
            return Optional.empty();
        }
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries().find(eq("_id", key)).first()).map(DueSet::entryOf);
    }

    /** Keys due by {@code now}, soonest first, at most {@code limit}. */
    public List<Entry> dueBy(Instant now, int limit) {
        List<Entry> due = new ArrayList<>();
        entries().find(lte("dueAt", Date.from(now))).sort(Sorts.ascending("dueAt")).limit(limit)
                .forEach(d -> due.add(entryOf(d)));
        return due;
    }

    /**
     * The keys soonest due, due or not, at most {@code limit}: a sweep delivers those due and learns from the
     * first one not yet due when to look again.
     */
    public List<Entry> soonest(int limit) {
        List<Entry> soonest = new ArrayList<>();
        entries().find().sort(Sorts.ascending("dueAt")).limit(limit).forEach(d -> soonest.add(entryOf(d)));
        return soonest;
    }

    /** Forgets the key, unless it was marked again since {@code read}. @return whether it went */
    public boolean clear(Entry read) {
        return entries().deleteOne(and(eq("_id", read.key()), eq("mark", read.mark()))).getDeletedCount() == 1;
    }

    /** Moves the key's due time, unless it was marked again since {@code read} (then it stays due sooner). */
    public boolean reschedule(Entry read, Instant dueAt) {
        return entries().updateOne(and(eq("_id", read.key()), eq("mark", read.mark())),
                Updates.set("dueAt", Date.from(dueAt))).getModifiedCount() == 1;
    }

    /**
     * After a look at {@code key}: forget it when nothing is pending any more ({@code nextDue} null),
     * otherwise keep it due at {@code nextDue}; conditional on {@code read} (absent: not marked then).
     */
    public void settle(String key, Optional<Entry> read, @Nullable Instant nextDue) {
        if (read.isPresent()) {
            if (nextDue == null) {
                clear(read.get());
            } else if (!nextDue.equals(read.get().dueAt())) {
                reschedule(read.get(), nextDue);
            }
        } else if (nextDue != null) {
            markQuietly(key, nextDue);
        }
    }

    /** How many keys are pending (a test's and an operator's view). */
    public long size() {
        return entries().countDocuments();
    }

    private static Entry entryOf(Document d) {
        Object mark = d.get("mark");
        return new Entry(String.valueOf(d.get("_id")), d.getDate("dueAt").toInstant(),
                mark instanceof Number n ? n.longValue() : 0L);
    }
}
