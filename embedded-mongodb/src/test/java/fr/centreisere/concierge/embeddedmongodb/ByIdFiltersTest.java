package fr.centreisere.concierge.embeddedmongodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.Index;
import fr.centreisere.concierge.embeddedmongodb.EmbeddedMongoDb.EmbeddedMongoSettings;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filter that names one document by {@code _id} among other conditions is served by the {@code _id} index
 * (issue 15: the library scanned the whole collection for it, so the services read a document by {@code _id}
 * before each conditional write), and answers exactly what the library's own scan answers.
 */
class ByIdFiltersTest {

    @TempDir
    Path dataDir;

    @Test
    void theIdIndexServesAFilterWithOtherConditionsBesideTheId() throws IOException {
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", SideBySide.freePort(), dataDir.resolve("s.mv"));
        EmbeddedMongoDb ours = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + settings.port())) {
            client.getDatabase("order").getCollection("orders").insertOne(new Document("_id", "ord-1").append("version", 3));
            Index<?> idIndex = ours.index("order", "orders", "_id_");

            assertThat(idIndex.canHandle(new de.bwaldvogel.mongo.bson.Document("_id", "ord-1").append("version", 3)))
                    .as("a conditional write's filter: _id and version").isTrue();
            assertThat(idIndex.canHandle(new de.bwaldvogel.mongo.bson.Document("_id",
                    new de.bwaldvogel.mongo.bson.Document("$in", List.of("ord-1", "ord-2"))).append("state", "PLACED")))
                    .as("_id among a few, and a condition").isTrue();
            assertThat(idIndex.canHandle(new de.bwaldvogel.mongo.bson.Document("state", "PLACED")))
                    .as("no _id: not this index's").isFalse();
            assertThat(idIndex.canHandle(new de.bwaldvogel.mongo.bson.Document("_id",
                    new de.bwaldvogel.mongo.bson.Document("$gt", "ord-0")).append("state", "PLACED")))
                    .as("a range of ids: scanned, as before").isFalse();
        } finally {
            ours.stop();
        }
        // and after a restart, for the collections the file already had
        EmbeddedMongoDb again = EmbeddedMongoDb.start(settings);
        try {
            assertThat(again.index("order", "orders", "_id_").canHandle(
                    new de.bwaldvogel.mongo.bson.Document("_id", "ord-1").append("version", 3))).isTrue();
        } finally {
            again.stop();
        }
    }

    /** The same reads and conditional writes on the library's own H2 store, in memory: the same answers. */
    @Test
    void readsAndWritesByIdWithConditionsAnswerWhatTheLibrarysScanAnswers() throws IOException {
        try (SideBySide stores = SideBySide.start(dataDir)) {
            List<MongoCollection<Document>> both = stores.both("order", "orders");
            for (int i = 0; i < 40; i++) {
                Document order = new Document("_id", "ord-" + i).append("version", i % 3).append("state",
                        i % 2 == 0 ? "PLACED" : "OFFERED").append("outbox", List.of(
                                new Document("id", "m1").append("claimToken", null).append("sentAt", null),
                                new Document("id", "m2").append("claimToken", "t-" + i).append("sentAt", null)));
                both.forEach(c -> c.insertOne(order));
            }
            List<Bson> filters = List.of(
                    Filters.and(Filters.eq("_id", "ord-4"), Filters.eq("version", 1)),
                    Filters.and(Filters.eq("_id", "ord-4"), Filters.eq("version", 2)),
                    Filters.and(Filters.eq("_id", "nobody"), Filters.eq("version", 1)),
                    Filters.and(Filters.eq("_id", "ord-7"), Filters.elemMatch("outbox",
                            Filters.and(Filters.eq("id", "m2"), Filters.eq("claimToken", "t-7"), Filters.eq("sentAt", null)))),
                    Filters.and(Filters.eq("_id", "ord-7"), Filters.elemMatch("outbox",
                            Filters.and(Filters.eq("id", "m2"), Filters.eq("claimToken", "t-8")))),
                    Filters.and(Filters.in("_id", "ord-1", "ord-2", "ord-3", "none"), Filters.eq("state", "OFFERED")),
                    Filters.and(Filters.eq("_id", "ord-9"), Filters.eq("outbox.claimToken", null)));
            for (Bson filter : filters) {
                assertThat(found(both.get(0), filter)).as(filter.toString()).isEqualTo(found(both.get(1), filter));
                assertThat(both.get(0).countDocuments(filter)).isEqualTo(both.get(1).countDocuments(filter));
                assertThat(both.get(0).find(filter).projection(Projections.include("state")).sort(Sorts.descending("_id"))
                        .into(new ArrayList<>())).isEqualTo(both.get(1).find(filter).projection(Projections.include("state"))
                                .sort(Sorts.descending("_id")).into(new ArrayList<>()));
            }
            // a claim as the outbox relay writes it: on _id, the message as read, with an array filter
            Function<MongoCollection<Document>, Long> claim = c -> c.updateOne(
                    Filters.and(Filters.eq("_id", "ord-5"), Filters.elemMatch("outbox",
                            Filters.and(Filters.eq("id", "m2"), Filters.eq("claimToken", "t-5"), Filters.eq("sentAt", null)))),
                    Updates.combine(Updates.set("outbox.$[m].claimToken", "mine"), Updates.inc("version", 1)),
                    new UpdateOptions().arrayFilters(List.of(Filters.eq("m.id", "m2")))).getModifiedCount();
            assertThat(both.stream().map(claim)).containsExactly(1L, 1L);
            assertThat(both.stream().map(claim)).as("taken: the token is no longer as read").containsExactly(0L, 0L);
            Function<MongoCollection<Document>, Long> remove = c -> c
                    .deleteOne(Filters.and(Filters.eq("_id", "ord-6"), Filters.eq("version", 0))).getDeletedCount();
            assertThat(both.stream().map(remove)).containsExactly(1L, 1L);
            assertThat(found(both.get(0), Filters.empty())).isEqualTo(found(both.get(1), Filters.empty()));
        }
    }

    private static List<Document> found(MongoCollection<Document> collection, Bson filter) {
        return collection.find(filter).sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }
}
