package fr.centreisere.concierge.embeddedmongodb;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 backend, made durable per acknowledged write and consistent across a crash.
 *
 * <p><b>Durable.</b> On its own, MVStore commits in the background about once a second, so a crash
 * could lose writes the driver was already told had succeeded. Committing before answering closes
 * that window, like MongoDB's journaled writes.
 *
 * <p><b>Consistent.</b> mongo-java-server writes one document in several MVStore maps one after the
 * other: the collection's data map, then one map per unique index ({@code _id} and the others), plus
 * the system collections when a collection or an index is created. MVStore has no transaction over
 * them: a commit stores each map as it is at that instant. A commit that lands in the middle of
 * another connection's insert — this backend's own commit after a neighbour's write, or MVStore's
 * background writer — stores the document without its index keys, and a kill -9 before the next commit
 * leaves that on disk. The library trusts a non-empty index at open, so the document stays listed (a
 * scan of the data map) but not found by id (a look-up in the {@code _id} index), and inserting it
 * again passes the index check and fails in the data map with an error without a code (-1 in the
 * driver, instead of 11000). Hence:
 * <ul>
 *   <li>every write runs under a shared lock and a commit takes it exclusively, so a commit only
 *       ever sees whole writes; MVStore's own commits (background and buffer-full) are switched off
 *       so that no commit happens outside that lock;</li>
 *   <li>at open after a stop that was not clean (a kill, a crash, a power cut: the file's
 *       {@code closedCleanly} mark is not set), every index is emptied before the library opens the
 *       databases: the library then rebuilds each one from the documents, which repairs a torn file.
 *       After a clean stop the indexes on disk are whole and are kept: rebuilding them read every
 *       document at each start, a cost that grew with the data.</li>
 * </ul>
 *
 * <p><b>Proportionate (issue 15).</b> A read ({@link #READS}: find, count, an aggregation without
 * {@code $out}/{@code $merge}…) has nothing to commit and takes no lock (MVStore's maps are safe to read
 * during a commit): before, every operation took the exclusive lock after its work, so that each read
 * waited for every operation in flight, the slowest scan included, and a busy store answered in convoys.
 * A write commits only when the store holds unsaved changes, checked while it still holds the shared lock
 * (no commit can run then, so "none" means it changed nothing); a write whose changes a neighbour's
 * commit already stored skips its own (group commit).
 *
 * <p>The indexes the library cannot serve (non-unique ones) are ignored at once, and new collections
 * store their documents as BSON rather than with Java serialisation (see {@link LeanH2Database}).
 */
final class CommittingH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(CommittingH2Backend.class);

    /** Marks the MVStore maps that hold an index: {@code <database>.<collection>._index_<name>}. */
    private static final String INDEX_MAP_MARKER = "._index_";

    private static final int COMPACTION_MILLIS = 5_000;

    /** The backend's own map (not a database's): whether the file was closed cleanly. */
    private static final String STATE_MAP = "concierge.state";
    private static final String CLOSED_CLEANLY = "closedCleanly";

    /**
     * Commands that change nothing stored (lower case): answered without a commit. An aggregation is one
     * unless its pipeline writes ({@code $out}, {@code $merge}).
     */
    static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "aggregate", "listcollections",
            "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo", "whatsmyuri", "serverstatus",
            "dbstats", "collstats", "killcursors", "endsessions", "getlasterror", "connectionstatus", "hostinfo",
            "getcmdlineopts", "getfreemonitoringstatus", "getparameter", "getlog");

    /** Read side: any write (or a read that creates its database), many at a time. Write side: a commit, alone. */
    private final ReentrantReadWriteLock operations = new ReentrantReadWriteLock();

    private final int indexesRebuiltAtOpen;

    private CommittingH2Backend(MVStore store, int indexesRebuiltAtOpen) {
        super(store); // opens every database, so the emptied indexes are rebuilt here
        this.indexesRebuiltAtOpen = indexesRebuiltAtOpen;
    }

    static CommittingH2Backend open(Path storeFile) {
        MVStore store = new MVStore.Builder()
                .fileName(storeFile.toString())
                .autoCommitDisabled()        // no background writer committing whenever it likes
                .autoCommitBufferSize(0)     // nor a write committing when the buffer fills
                .open();
        MVMap<String, Boolean> state = store.openMap(STATE_MAP);
        boolean closedCleanly = Boolean.TRUE.equals(state.get(CLOSED_CLEANLY));
        DocumentMaps.openAll(store); // in their format, before anything opens them by name (the rebuild, the library)
        int emptied = closedCleanly ? 0 : emptyIndexes(store);
        state.put(CLOSED_CLEANLY, false); // until the next clean stop: a kill from now on means a rebuild
        CommittingH2Backend backend = new CommittingH2Backend(store, emptied);
        backend.commit();
        log.info("Opened {} ({}): {} indexes rebuilt from the documents", storeFile,
                closedCleanly ? "closed cleanly" : "not closed cleanly, or new", emptied);
        return backend;
    }

    /** How many indexes this open emptied and rebuilt (none after a clean stop). */
    /** Holds every write until the handle is closed, by the same thread, as a long commit would (tests). */
    AutoCloseable holdWrites() {
        operations.writeLock().lock();
        return () -> operations.writeLock().unlock();
    }

    int indexesRebuiltAtOpen() {
        return indexesRebuiltAtOpen;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // the backend's constructor opens the databases already stored: a field of this class is not set yet then
        return new LeanH2Database(databaseName, getMvStore(), getCursorRegistry(), DocumentMaps.of(getMvStore()));
    }

    /**
     * Switching MVStore's background writer off also switched off its housekeeping, which moved chunks
     * to shrink the file: a clean stop does it instead (meanwhile the space of old chunks is reused).
     * Measured: 6,000 updates grew a file to 117 MB, compacted to 9 MB at stop.
     */
    @Override
    public void close() {
        operations.writeLock().lock(); // after the last operation: the mark must not precede a write
        try {
            getMvStore().compactFile(COMPACTION_MILLIS);
            getMvStore().<String, Boolean>openMap(STATE_MAP).put(CLOSED_CLEANLY, true);
            super.close(); // closing the store commits the mark with everything else
        } finally {
            operations.writeLock().unlock();
        }
    }

    /** Releases the file without writing anything, as a kill would (for the tests of a crash). */
    void closeImmediately() {
        getMvStore().closeImmediately();
    }

    /** The library builds an index from the collection's documents when it opens it empty. */
    private static int emptyIndexes(MVStore store) {
        List<String> indexMaps = store.getMapNames().stream()
                .filter(name -> !name.startsWith("databases.") && !name.startsWith("meta."))
                .filter(name -> name.contains(INDEX_MAP_MARKER))
                .toList();
        indexMaps.forEach(name -> store.openMap(name).clear());
        return indexMaps.size();
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            // mongo-java-server knows 'hello' only for a database without data; Spring Boot's health
            // indicators send it to the service's own database: answer it as the older isMaster
            return whole(kindOf(database, command, query), () -> super.handleCommand(channel, database, "isMaster", query));
        }
        return whole(kindOf(database, command, query), () -> super.handleCommand(channel, database, command, query));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document body = message.getDocument();
        String command = body.isEmpty() ? "" : body.keySet().iterator().next();
        return whole(kindOf(message.getDatabaseName(), command, body), () -> super.handleMessage(message));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return whole(Kind.WRITE, () -> super.handleQuery(query));
    }

    /** How an operation runs: a write under the shared lock, then committed; a read without either. */
    enum Kind { READ, READ_UNDER_LOCK, WRITE }

    /**
     * A read of a database that exists takes no lock: MVStore's maps are safe to read during a commit, and
     * the shared lock only keeps commits between whole writes. A read that would create its database (the
     * library creates one on first access, several maps at once) takes the shared lock like a write, so
     * that no commit sees half of it, but commits nothing.
     */
    private Kind kindOf(String database, String command, Document body) {
        if (!isRead(command, body)) {
            return Kind.WRITE;
        }
        return database != null && listDatabaseNames().contains(database) ? Kind.READ : Kind.READ_UNDER_LOCK;
    }

    /** Whether the command changes nothing stored (an unknown command counts as a write). */
    static boolean isRead(String command, Document body) {
        String name = command.toLowerCase(Locale.ROOT);
        if (!READS.contains(name)) {
            return false;
        }
        if (name.equals("aggregate") && body.get("pipeline") instanceof List<?> stages) {
            for (Object stage : stages) {
                if (stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge"))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Runs one operation: a read of an existing database as it is; anything else under the shared lock,
     * and a write then commits what it changed before it is answered, unless a neighbour's commit already
     * did. handleMessage calls handleCommand: only the outermost call commits.
     */
    private <T> T whole(Kind kind, Supplier<T> operation) {
        if (kind == Kind.READ) {
            return operation.get();
        }
        boolean dirty = false;
        operations.readLock().lock();
        try {
            return operation.get();
        } finally {
            boolean outermost = operations.getReadHoldCount() == 1;
            // under the shared lock no commit runs: "nothing unsaved" means this write changed nothing, or
            // (a nested call) is answered by the outermost one
            if (outermost && kind == Kind.WRITE) {
                dirty = getMvStore().hasUnsavedChanges();
            }
            operations.readLock().unlock();
            if (dirty) {
                commitIfChanged();
            }
        }
    }

    private void commitIfChanged() {
        operations.writeLock().lock();
        try {
            if (getMvStore().hasUnsavedChanges()) {
                commit();
            }
        } finally {
            operations.writeLock().unlock();
        }
    }
}
