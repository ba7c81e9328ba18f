package fr.centreisere.concierge.embeddedmongodb;

import java.util.List;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.jspecify.annotations.Nullable;

/**
 * An aggregation that starts with {@code $match} runs its other stages on the documents a query with that
 * filter finds, as a real MongoDB does (issue 15). The library starts every aggregation from its whole
 * collection, decoded into one list: {@code countDocuments} (what Spring Data's {@code exists} and
 * {@code count} send), a look-up of a few orders by {@code _id}, each read every document. With 100,000
 * orders one such read ran the store out of its heap at the first start after a fill, and any of them outlasted
 * the services' 3-s socket timeout. The query serves the filter by a unique index when one fits
 * ({@code _id} always), and otherwise keeps only the matching documents.
 *
 * <p>Anything else — no leading {@code $match}, a pipeline that writes ({@code $out}, {@code $merge}), a change
 * stream, {@code let} variables, {@code explain} — is left to the library, unchanged.
 */
final class MatchFirstAggregations {

    private MatchFirstAggregations() {
    }

    /** The command's answer, or null when the library's own path should answer it. */
    static @Nullable Document answer(LeanH2Database database, Document command, DatabaseResolver resolver,
            Oplog oplog) {
        if (!(command.get("aggregate") instanceof String collectionName) || command.containsKey("let")
                || command.containsKey("explain") || !(command.get("pipeline") instanceof List<?>)) {
            return null;
        }
        List<Document> pipeline = Aggregation.parse(command.get("pipeline"));
        if (pipeline.isEmpty() || pipeline.get(0).size() != 1
                || !(pipeline.get(0).get("$match") instanceof Document filter)
                || pipeline.stream().anyMatch(stage -> stage.containsKey("$changeStream"))) {
            return null;
        }
        MongoCollection<?> collection = database.resolveCollection(collectionName, false);
        if (collection == null) {
            return null;
        }
        // a $limit right after: the query stops at that many (exists, a count with a limit: one document, not all)
        int limit = 0;
        int restFrom = 1;
        if (pipeline.size() > 1 && pipeline.get(1).size() == 1 && pipeline.get(1).get("$limit") instanceof Number n
                && n.longValue() > 0 && n.longValue() <= Integer.MAX_VALUE) {
            limit = n.intValue();
            restFrom = 2;
        }
        List<Document> stages = pipeline.subList(restFrom, pipeline.size());
        Document count = countOnly(stages);
        if (count != null) {
            return firstBatch(database.getDatabaseName() + "." + collectionName,
                    counted(count, collection.count(filter, 0, limit)));
        }
        Aggregation rest = Aggregation.fromPipeline(stages, resolver, database, collection, oplog);
        if (rest.isModifying()) {
            return null;
        }
        rest.validate(command);
        Iterable<Document> matched = collection.handleQuery(filter, 0, limit);
        List<Document> result = rest.runStages(StreamSupport.stream(matched.spliterator(), false));
        return firstBatch(database.getDatabaseName() + "." + collectionName, result);
    }

    /**
     * The {@code $group} of {@code countDocuments} ({@code {_id: <constant>, <name>: {$sum: 1}}}) when it is all
     * that is left: the library's own count keeps only each match's {@code _id}, where the stages would hold
     * every matching document whole.
     */
    private static @Nullable Document countOnly(List<Document> stages) {
        if (stages.size() != 1 || stages.get(0).size() != 1 || !(stages.get(0).get("$group") instanceof Document group)
                || group.size() != 2 || !group.containsKey("_id") || group.get("_id") instanceof String
                || group.get("_id") instanceof Document) {
            return null;
        }
        for (String field : group.keySet()) {
            if (!field.equals("_id") && !(group.get(field) instanceof Document sum && sum.size() == 1
                    && sum.get("$sum") instanceof Number one && one.intValue() == 1 && one.doubleValue() == 1.0)) {
                return null;
            }
        }
        return group;
    }

    /** What the {@code $group} gives for {@code n} documents: nothing for none, else one {@code {_id, <name>: n}}. */
    private static List<Document> counted(Document group, int n) {
        if (n == 0) {
            return List.of();
        }
        Document answer = new Document("_id", group.get("_id"));
        group.keySet().stream().filter(field -> !field.equals("_id")).forEach(field -> answer.put(field, n));
        return List.of(answer);
    }

    /** The whole answer in the first batch, no cursor left open: as the library answers an aggregation. */
    private static Document firstBatch(String namespace, List<Document> documents) {
        Document cursor = new Document();
        cursor.put("id", 0L);
        cursor.put("ns", namespace);
        cursor.put("firstBatch", documents);
        Document answer = new Document();
        answer.put("cursor", cursor);
        Utils.markOkay(answer);
        return answer;
    }
}
