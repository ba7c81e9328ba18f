package fr.centreisere.concierge.embeddedmongodb;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

/**
 * An H2 database that ignores the indexes mongo-java-server cannot serve, and stores new collections'
 * documents as BSON and new unique indexes' keys by their values ({@link DocumentMaps}), and whose {@code _id}
 * index also serves a filter that names a document by {@code _id} among other conditions ({@link ByIdFilters}).
 *
 * <p>The library serves unique indexes only. It keeps a non-unique one as an empty index, and an
 * empty index is "built" by reading every document of its collection twice — at each declaration
 * (every service declares its indexes at start) and again at each start of the store. With 100,000
 * orders those reads outlasted the driver's socket timeout and a service could not start. Nothing
 * is lost by skipping them: the library never used them for a query. A real MongoDB builds them.
 */
final class LeanH2Database extends H2Database {

    /**
     * Null only while the library's constructor opens the collections the file already has: their BSON
     * maps were opened before ({@link DocumentMaps#openAll}); a collection it creates then (a new
     * database's system collections) is unmarked, so it stays in MVStore's default format, consistently.
     */
    private final @Nullable DocumentMaps documentMaps;

    LeanH2Database(String databaseName, MVStore store, CursorRegistry cursors, DocumentMaps documentMaps) {
        super(databaseName, store, cursors);
        this.documentMaps = documentMaps;
    }

    /** An aggregation that starts with {@code $match} starts from that query's documents ({@link MatchFirstAggregations}). */
    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
            Oplog oplog) {
        if (command.equalsIgnoreCase("aggregate")) {
            Document answer = MatchFirstAggregations.answer(this, query, databaseResolver, oplog);
            if (answer != null) {
                clearLastStatus(channel);
                return answer;
            }
        }
        return super.handleCommand(channel, command, query, databaseResolver, oplog);
    }

    /** No index (null: the library then neither reads, lists nor stores one). */
    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
            List<IndexKey> keys, boolean sparse) {
        return null;
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        if (documentMaps != null) {
            documentMaps.openIndex(indexMapName(collectionName, indexName));
        }
        // the _id index also serves a filter that names one document by _id among other conditions
        return ByIdFilters.serving(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse));
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        if (documentMaps != null) {
            documentMaps.removed(indexMapName(collection.getCollectionName(), indexName));
        }
    }

    /** As the library names it (H2Database#mapNameForIndex). */
    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + DocumentMaps.INDEX_MAP_INFIX + indexName;
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        if (documentMaps != null) {
            documentMaps.open(dataMapName(getFullCollectionNamespace(collectionName)));
        }
        return super.openOrCreateCollection(collectionName, options);
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        String from = dataMapName(collection.getFullName());
        super.moveCollection(oldDatabase, collection, newCollectionName);
        if (documentMaps != null) {
            documentMaps.renamed(from, dataMapName(getFullCollectionNamespace(newCollectionName)));
        }
    }

    private static String dataMapName(String fullCollectionName) {
        return DocumentMaps.DATA_MAP_PREFIX + fullCollectionName;
    }
}
