package fr.centreisere.concierge.embeddedmongodb;

import java.util.List;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/**
 * An H2 database that ignores the indexes mongo-java-server cannot serve, at once.
 *
 * <p>The library serves unique indexes only. It keeps a non-unique one as an empty index, and an
 * empty index is "built" by reading every document of its collection twice — at each declaration
 * (every service declares its indexes at start) and again at each start of the store. With 100,000
 * orders those reads outlasted the driver's socket timeout and a service could not start. Nothing
 * is lost by skipping them: the library never used them for a query. A real MongoDB builds them.
 */
final class ServedIndexesOnlyH2Database extends H2Database {

    ServedIndexesOnlyH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, store, cursors);
    }

    /** No index (null: the library then neither reads, lists nor stores one). */
    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
            List<IndexKey> keys, boolean sparse) {
        return null;
    }
}
