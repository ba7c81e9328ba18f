package fr.centreisere.concierge.embeddedmongodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import fr.centreisere.concierge.embeddedmongodb.EmbeddedMongoDb.EmbeddedMongoSettings;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An aggregation that starts with {@code $match} runs on what that filter finds, not on its whole collection
 * decoded at once (issue 15: {@code countDocuments}, which Spring Data's {@code exists} and {@code count}
 * send, ran the store out of its heap at the first start after a fill of 100,000 orders), and answers
 * exactly what the library's own aggregation answers.
 */
class MatchFirstAggregationsTest {

    @TempDir
    Path dataDir;

    /** Far more documents than the store's heap holds at once: the library's aggregation decodes them all. */
    @Test
    void aCountOrALookUpByIdInACollectionLargerThanTheStoresHeapIsAnswered() throws Exception {
        int port = SideBySide.freePort();
        Process store = StoreProcess.start(port, dataDir.resolve("store.mv"), dataDir.resolve("store.log"), "-Xmx48m", "-XX:+UseSerialGC");
        try {
            StoreProcess.awaitListening(port, store);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port
                    + "/?serverSelectionTimeoutMS=5000&socketTimeoutMS=60000")) {
                MongoCollection<Document> orders = client.getDatabase("order").getCollection("orders");
                String history = "h".repeat(64 * 1024); // 1,400 of these: 90 MB decoded
                for (int i = 0; i < 1400; i++) {
                    orders.insertOne(new Document("_id", "ord-" + i).append("number", i).append("state",
                            i % 10 == 0 ? "COMPLETED" : "PLACED").append("history", history));
                }

                assertThat(orders.countDocuments(Filters.eq("_id", "ord-700"))).isEqualTo(1);
                assertThat(orders.countDocuments(Filters.eq("state", "COMPLETED"))).isEqualTo(140);
                // a count of 1,260 orders: 80 MB whole, their ids only are kept
                assertThat(orders.countDocuments(Filters.eq("state", "PLACED"))).isEqualTo(1260);
                // what Spring Data's exists sends: 1,260 orders match, one is read
                assertThat(orders.countDocuments(Filters.eq("state", "PLACED"),
                        new com.mongodb.client.model.CountOptions().limit(1))).isEqualTo(1);
                List<Document> two = orders.aggregate(List.of(Aggregates.match(Filters.in("_id", "ord-3", "ord-5")),
                        Aggregates.project(Projections.include("number")), Aggregates.sort(Sorts.ascending("number"))))
                        .into(new ArrayList<>());
                assertThat(two).extracting(d -> d.getInteger("number")).containsExactly(3, 5);
                assertThat(store.isAlive()).isTrue();
                assertThat(Files.readString(dataDir.resolve("store.log"))).doesNotContain("OutOfMemoryError");
            }
        } finally {
            store.destroy();
            store.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The same pipelines on the library's own H2 store, in memory: the same answers, in the same order. */
    @Test
    void everyPipelineAnswersWhatTheLibrarysOwnAggregationAnswers() throws IOException {
        try (SideBySide stores = SideBySide.start(dataDir)) {
            List<MongoCollection<Document>> both = stores.both("order", "orders");
            List<MongoCollection<Document>> keys = stores.both("order", "keys");
            for (int i = 0; i < 60; i++) {
                Document order = new Document("_id", "ord-" + i).append("number", i).append("category", "C" + (i % 4))
                        .append("state", i % 3 == 0 ? "COMPLETED" : "PLACED")
                        .append("history", List.of(new Document("state", "PLACED").append("at", i),
                                new Document("state", i % 3 == 0 ? "COMPLETED" : "OFFERED").append("at", i + 100)));
                both.forEach(c -> c.insertOne(order));
            }
            Document key = new Document("_id", "customer|usr-1").append("ids", List.of("ord-4", "ord-9", "ord-4", "ord-30"));
            keys.forEach(c -> c.insertOne(key));

            List<List<Bson>> pipelines = List.of(
                    List.of(Aggregates.match(Filters.eq("_id", "ord-7"))),
                    List.of(Aggregates.match(Filters.eq("_id", "nobody"))),
                    List.of(Aggregates.match(Filters.and(Filters.eq("state", "COMPLETED"),
                            Filters.elemMatch("history", Filters.and(Filters.eq("state", "COMPLETED"), Filters.gte("at", 120))))),
                            Aggregates.sort(Sorts.descending("number")), Aggregates.skip(2), Aggregates.limit(3)),
                    List.of(Aggregates.match(Filters.or(Filters.eq("category", "C1"), Filters.lt("number", 3))),
                            Aggregates.group("$category", com.mongodb.client.model.Accumulators.sum("n", 1)),
                            Aggregates.sort(Sorts.ascending("_id"))),
                    List.of(Aggregates.match(Filters.in("_id", "ord-1", "ord-2", "ord-50")),
                            Aggregates.facet(new com.mongodb.client.model.Facet("total", Aggregates.count("n")),
                                    new com.mongodb.client.model.Facet("page", Aggregates.sort(Sorts.descending("number")),
                                            Aggregates.limit(2)))),
                    // what Spring Data's exists and count send
                    List.of(Aggregates.match(Filters.eq("state", "PLACED")), Aggregates.limit(1),
                            Aggregates.group(1, com.mongodb.client.model.Accumulators.sum("n", 1))),
                    List.of(Aggregates.match(Filters.eq("state", "PLACED")), Aggregates.limit(5),
                            Aggregates.project(Projections.include("number"))),
                    List.of(Aggregates.match(Filters.eq("category", "C2")),
                            Aggregates.group(null, com.mongodb.client.model.Accumulators.sum("n", 1))),
                    List.of(Aggregates.match(Filters.eq("category", "none")),
                            Aggregates.group(1, com.mongodb.client.model.Accumulators.sum("n", 1))),
                    List.of(Aggregates.match(Filters.eq("category", "C3")),
                            Aggregates.group(1, com.mongodb.client.model.Accumulators.sum("n", 2))),
                    // no $match first: the library's own path
                    List.of(Aggregates.sort(Sorts.descending("number")), Aggregates.limit(2)));
            for (List<Bson> pipeline : pipelines) {
                assertThat(both.get(0).aggregate(pipeline).into(new ArrayList<>())).as(pipeline.toString())
                        .isEqualTo(both.get(1).aggregate(pipeline).into(new ArrayList<>()));
            }
            // « Mes commandes »' keys: the ids of one key, each once, looked up in the orders
            List<Bson> lookUp = List.of(Aggregates.match(Filters.in("_id", "customer|usr-1")), Aggregates.unwind("$ids"),
                    Aggregates.group("$ids"), Aggregates.lookup("orders", "_id", "_id", "order"), Aggregates.unwind("$order"),
                    Aggregates.replaceRoot("$order"), Aggregates.sort(Sorts.ascending("number")));
            List<Document> ourLookUp = keys.get(0).aggregate(lookUp).into(new ArrayList<>());
            assertThat(ourLookUp).isEqualTo(keys.get(1).aggregate(lookUp).into(new ArrayList<>()));
            assertThat(ourLookUp).extracting(d -> d.getInteger("number")).containsExactly(4, 9, 30);
        }
    }
}
