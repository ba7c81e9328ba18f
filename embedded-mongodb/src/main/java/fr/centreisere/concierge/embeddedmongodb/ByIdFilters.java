package fr.centreisere.concierge.embeddedmongodb;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import de.bwaldvogel.mongo.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A collection's {@code _id} index that also serves a filter naming its document by {@code _id} among other
 * conditions ({@code {_id: "ord-1", version: 3, "outbox": {$elemMatch: …}}}), as a real MongoDB does: the
 * document is found by its {@code _id}, then the whole filter decides whether it matches.
 *
 * <p>The library uses an index only for a filter on exactly that index's fields, and scans the whole collection
 * for anything more (issue 15): a conditional write on one document (claim an outbox message if its lease is
 * still as read) read every order. The services worked around it by reading the document by {@code _id} first
 * and then writing on a unique key: two round trips where one does, and a window between them. Everything
 * else is the library's index, unchanged.
 */
final class ByIdFilters extends Index<Object> {

    private static final String ID = "_id";

    private final Index<Object> idIndex;

    private ByIdFilters(Index<Object> idIndex) {
        super(idIndex.getName(), idIndex.getKeys(), false);
        this.idIndex = idIndex;
    }

    /** The index itself when it is not the {@code _id} index alone. */
    static Index<Object> serving(Index<Object> index) {
        boolean idIndex = index.getKeys().size() == 1 && ID.equals(index.getKeys().get(0).getKey());
        return idIndex ? new ByIdFilters(index) : index;
    }

    /**
     * The filter's {@code _id} condition alone, when the filter has others besides and the {@code _id} index
     * serves that condition by itself (a value, {@code $in}); null otherwise.
     */
    @Nullable
    Document byIdPart(Document filter) {
        if (filter.size() < 2 || !filter.containsKey(ID)) {
            return null;
        }
        Document byId = new Document(ID, filter.get(ID));
        return idIndex.canHandle(byId) ? byId : null;
    }

    @Override
    public boolean canHandle(Document query) {
        return idIndex.canHandle(query) || byIdPart(query) != null;
    }

    /** The documents the {@code _id} condition names (the collection then matches each with the whole filter). */
    @Override
    public Iterable<Object> getPositions(Document query) {
        Document byId = idIndex.canHandle(query) ? null : byIdPart(query);
        return idIndex.getPositions(byId == null ? query : byId);
    }

    // --- the rest: the library's index as it is -----------------------------------------------------

    @Override
    public boolean isUnique() {
        return idIndex.isUnique();
    }

    @Override
    public Object getPosition(Document document) {
        return idIndex.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        idIndex.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        idIndex.add(document, position, collection);
    }

    @Override
    public Object remove(Document document) {
        return idIndex.remove(document);
    }

    @Override
    public long getCount() {
        return idIndex.getCount();
    }

    @Override
    public boolean isEmpty() {
        return idIndex.isEmpty();
    }

    @Override
    public long getDataSize() {
        return idIndex.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        idIndex.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) throws KeyConstraintError {
        idIndex.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        idIndex.drop();
    }
}
