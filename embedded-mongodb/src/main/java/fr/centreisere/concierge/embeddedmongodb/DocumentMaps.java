package fr.centreisere.concierge.embeddedmongodb;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Which format each collection's documents and each unique index's keys are stored in, and their maps opened in it.
 *
 * <p>MVStore does not record a map's data type: a map must be opened with the type it was written
 * with. Collections created by this version are written as BSON ({@link BsonDocumentType}), unique indexes
 * created by this version with their keys' own type ({@link IndexKeyType}), and both are listed in the store's
 * own {@value #FORMATS_MAP} map, in the same commit as their first entry; a map a store file already had
 * without that mark was written by an earlier version with MVStore's default (Java serialisation) and keeps it,
 * so that a data folder of an earlier version opens as it was.
 *
 * <p>The library opens a data map by name only ({@code databases.<database>.<collection>}); a map
 * already open is returned as it is, so opening it here first, in its format, is enough.
 */
final class DocumentMaps {

    /** The backend's own map (not a database's): the data maps written as BSON. */
    static final String FORMATS_MAP = "concierge.formats";
    static final String DATA_MAP_PREFIX = "databases.";
    /** A unique index's map: {@code <database>.<collection>._index_<index name>}. */
    static final String INDEX_MAP_INFIX = "._index_";
    private static final String BSON = "bson";
    private static final String INDEX_KEYS = "index-keys";

    private final MVStore store;
    private final MVMap<String, String> formats;

    private DocumentMaps(MVStore store) {
        this.store = store;
        this.formats = store.openMap(FORMATS_MAP);
    }

    /** The formats of the store's collections (the store holds them: any number of these may be made). */
    static DocumentMaps of(MVStore store) {
        return new DocumentMaps(store);
    }

    /** Opens, in its format, every map the file holds in one of this version's, before the library opens them by name. */
    static void openAll(MVStore store) {
        DocumentMaps maps = of(store);
        for (String name : store.getMapNames()) {
            if (name.startsWith(DATA_MAP_PREFIX) && maps.isBson(name)) {
                maps.openBson(name);
            } else if (name.contains(INDEX_MAP_INFIX) && maps.hasIndexKeys(name)) {
                maps.openIndexKeys(name);
            }
        }
    }

    /** Before the library opens a unique index's map: a new one has typed keys, an unmarked old one stays as it was. */
    void openIndex(String indexMapName) {
        openInThisVersionsFormat(indexMapName, INDEX_KEYS);
    }

    /** A map removed (an index dropped): its format goes with it. */
    void removed(String mapName) {
        formats.remove(mapName);
    }

    boolean hasIndexKeys(String indexMapName) {
        return INDEX_KEYS.equals(formats.get(indexMapName));
    }

    /** Before the library opens a collection's data map: a new one is BSON, an unmarked old one stays as it was. */
    void open(String dataMapName) {
        openInThisVersionsFormat(dataMapName, BSON);
    }

    /** A new map is listed in {@code format} and opened in it; one listed so is opened in it; an unlisted old one is left. */
    private void openInThisVersionsFormat(String mapName, String format) {
        if (!store.hasMap(mapName)) {
            formats.put(mapName, format);
        } else if (!format.equals(formats.get(mapName))) {
            return;
        }
        if (format.equals(BSON)) {
            openBson(mapName);
        } else {
            openIndexKeys(mapName);
        }
    }

    /** A collection renamed: its format goes with it. */
    void renamed(String from, String to) {
        String format = formats.remove(from);
        if (format != null) {
            formats.put(to, format);
        }
    }

    boolean isBson(String dataMapName) {
        return BSON.equals(formats.get(dataMapName));
    }

    private void openIndexKeys(String indexMapName) {
        store.openMap(indexMapName, new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
    }

    private void openBson(String dataMapName) {
        store.openMap(dataMapName, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    }
}
