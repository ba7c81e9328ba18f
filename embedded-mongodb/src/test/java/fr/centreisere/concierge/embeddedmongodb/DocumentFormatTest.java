package fr.centreisere.concierge.embeddedmongodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import fr.centreisere.concierge.embeddedmongodb.EmbeddedMongoDb.EmbeddedMongoSettings;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New collections store their documents as BSON (issue 15: Java serialisation of every document of every
 * page a commit touched was about 30 % of the store's CPU) and new unique indexes their keys by value (their
 * comparison by Java serialisation, a quarter of it with 100,000 orders), and a store file written by an earlier
 * version, whose collections and indexes were Java-serialised, opens as it was.
 */
class DocumentFormatTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsOfEveryKindSurviveRestartsStoredAsBson() throws IOException {
        EmbeddedMongoSettings settings = settings();
        ObjectId objectId = new ObjectId();
        UUID uuid = UUID.randomUUID();
        Date placedAt = Date.from(Instant.parse("2026-12-01T08:30:00.123Z"));
        Document written = new Document("_id", "ord-1")
                .append("number", "CI-2026-000123")
                .append("count", 3)
                .append("bigCount", 12_345_678_901L)
                .append("ratio", 0.125)
                .append("amount", Decimal128.parse("12.50"))
                .append("paid", true)
                .append("memberId", null)
                .append("placedAt", placedAt)
                .append("ref", objectId)
                .append("token", uuid)
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("stamp", new BsonTimestamp(1_700_000_000, 7))
                .append("slot", new Document("date", "2026-12-03").append("window", "MORNING"))
                .append("history", List.of(new Document("state", "PLACED").append("at", placedAt),
                        new Document("state", "OFFERED").append("reasonArgs", List.of("Voiron", 2))))
                .append("text", "Repassage « chemises » — 5 € / ça va");

        EmbeddedMongoDb first = EmbeddedMongoDb.start(settings);
        try (MongoClient client = client(settings)) {
            MongoCollection<Document> orders = client.getDatabase("orders").getCollection("orders");
            orders.insertOne(written);
            orders.updateOne(Filters.eq("_id", "ord-1"), Updates.combine(Updates.inc("count", 1),
                    Updates.push("history", new Document("state", "ACCEPTED"))));
        } finally {
            first.stop();
        }

        Document expected = new Document(written).append("count", 4);
        @SuppressWarnings("unchecked")
        List<Document> history = new java.util.ArrayList<>((List<Document>) written.get("history"));
        history.add(new Document("state", "ACCEPTED"));
        expected.append("history", history);

        EmbeddedMongoDb second = EmbeddedMongoDb.start(settings);
        try (MongoClient client = client(settings)) {
            Document read = client.getDatabase("orders").getCollection("orders").find(Filters.eq("_id", "ord-1")).first();
            assertThat(read).isEqualTo(expected);
        } finally {
            second.abandonWithoutClosing(); // as a kill -9: the next start rebuilds the indexes from the BSON documents
        }

        EmbeddedMongoDb third = EmbeddedMongoDb.start(settings);
        try (MongoClient client = client(settings)) {
            assertThat(third.indexesRebuiltAtStart()).isPositive();
            Document read = client.getDatabase("orders").getCollection("orders").find(Filters.eq("_id", "ord-1")).first();
            assertThat(read).isEqualTo(expected);
        } finally {
            third.stop();
        }

        try (Store store = Store.open(settings.storeFile())) {
            assertThat(store.formats()).containsEntry("databases.orders.orders", "bson");
            // the bytes on disk are BSON: the map read as BSON gives the document back
            assertThat(store.bsonMap("databases.orders.orders").values()).singleElement()
                    .satisfies(document -> assertThat(document.get("number")).isEqualTo("CI-2026-000123"));
        }
    }

    @Test
    void uniqueIndexesFindAndRefuseByTheirKeysValuesAcrossRestartsAndAKill() throws IOException {
        EmbeddedMongoSettings settings = settings();
        ObjectId objectId = new ObjectId();
        Date day = Date.from(Instant.parse("2026-12-04T00:00:00Z"));
        List<Object> ids = List.of("ord-1", 7, 12_345_678_901L, 2.5, objectId, day, new Document("member", "mbr-a").append("day", "2026-12-04"));
        EmbeddedMongoDb first = EmbeddedMongoDb.start(settings);
        try (MongoClient client = client(settings)) {
            MongoCollection<Document> keys = client.getDatabase("orders").getCollection("keys");
            keys.createIndex(new Document("idempotencyKey", 1).append("customer", 1), new IndexOptions().unique(true));
            for (int i = 0; i < ids.size(); i++) {
                keys.insertOne(new Document("_id", ids.get(i)).append("idempotencyKey", "key-" + i).append("customer", "usr-" + (i % 2)));
            }
            assertUniqueIndexesServe(keys, ids);
        } finally {
            first.stop();
        }

        EmbeddedMongoDb second = EmbeddedMongoDb.start(settings);
        try (MongoClient client = client(settings)) {
            assertUniqueIndexesServe(client.getDatabase("orders").getCollection("keys"), ids);
        } finally {
            second.abandonWithoutClosing(); // as a kill -9: the next start rebuilds the indexes from the documents
        }

        EmbeddedMongoDb third = EmbeddedMongoDb.start(settings);
        try (MongoClient client = client(settings)) {
            assertThat(third.indexesRebuiltAtStart()).isPositive();
            assertUniqueIndexesServe(client.getDatabase("orders").getCollection("keys"), ids);
        } finally {
            third.stop();
        }

        try (Store store = Store.open(settings.storeFile())) {
            assertThat(store.formats()).containsEntry("orders.keys._index__id_", "index-keys")
                    .containsEntry("orders.keys._index_idempotencyKey_1_customer_1", "index-keys");
        }
    }

    /** Every id is found by its value, and neither index takes a second document with the same key. */
    private static void assertUniqueIndexesServe(MongoCollection<Document> keys, List<Object> ids) {
        for (int i = 0; i < ids.size(); i++) {
            Document found = keys.find(Filters.eq("_id", ids.get(i))).first();
            assertThat(found).as("found by _id " + ids.get(i)).isNotNull();
            assertThat(found.getString("idempotencyKey")).isEqualTo("key-" + i);
            Object id = ids.get(i);
            assertThatThrownBy(() -> keys.insertOne(new Document("_id", id).append("idempotencyKey", "other")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
        }
        assertThatThrownBy(() -> keys.insertOne(new Document("_id", "new").append("idempotencyKey", "key-3").append("customer", "usr-1")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
        keys.insertOne(new Document("_id", "new").append("idempotencyKey", "key-3").append("customer", "usr-0"));
        keys.deleteOne(Filters.eq("_id", "new"));
        assertThat(keys.countDocuments()).isEqualTo(ids.size());
    }

    @Test
    void aStoreFileOfAnEarlierVersionOpensAsItWasAndItsNewCollectionsAreBson() throws IOException {
        Path file = dataDir.resolve("store.mv");
        int port = freePort();
        // an earlier version: mongo-java-server's own H2 backend, documents Java-serialised
        MVStore old = MVStore.open(file.toString());
        MongoServer earlier = new MongoServer(new H2Backend(old));
        earlier.bind("127.0.0.1", port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("catalog").getCollection("communes")
                    .insertOne(new Document("_id", "38563").append("name", "Voiron").append("inhabitants", 20_000));
        }
        earlier.shutdown();
        old.close();

        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), file);
        EmbeddedMongoDb upgraded = EmbeddedMongoDb.start(settings);
        try (MongoClient client = client(settings)) {
            assertThat(client.getDatabase("catalog").getCollection("communes").find(Filters.eq("_id", "38563")).first())
                    .isEqualTo(new Document("_id", "38563").append("name", "Voiron").append("inhabitants", 20_000));
            client.getDatabase("catalog").getCollection("communes").insertOne(new Document("_id", "38160").append("name", "Saint-Marcellin"));
            client.getDatabase("catalog").getCollection("services").insertOne(new Document("_id", "srv-1").append("title", "Repassage"));
        } finally {
            upgraded.stop();
        }

        EmbeddedMongoDb again = EmbeddedMongoDb.start(settings);
        try (MongoClient client = client(settings)) {
            assertThat(client.getDatabase("catalog").getCollection("communes").countDocuments()).isEqualTo(2);
            // the earlier version's unique index, keys ordered as it wrote them, still finds and refuses
            assertThat(client.getDatabase("catalog").getCollection("communes").find(Filters.eq("_id", "38160")).first())
                    .isNotNull();
            assertThatThrownBy(() -> client.getDatabase("catalog").getCollection("communes")
                    .insertOne(new Document("_id", "38563"))).isInstanceOf(MongoWriteException.class);
            assertThat(client.getDatabase("catalog").getCollection("services").find().first())
                    .isEqualTo(new Document("_id", "srv-1").append("title", "Repassage"));
        } finally {
            again.stop();
        }

        try (Store store = Store.open(file)) {
            assertThat(store.formats()).containsEntry("databases.catalog.services", "bson")
                    .containsEntry("catalog.services._index__id_", "index-keys")
                    .doesNotContainKey("databases.catalog.communes").doesNotContainKey("catalog.communes._index__id_");
        }
    }

    /** The store file opened directly, as the embedded store leaves it after a stop. */
    private record Store(MVStore store) implements AutoCloseable {

        static Store open(Path file) {
            return new Store(new MVStore.Builder().fileName(file.toString()).readOnly().open());
        }

        Map<String, String> formats() {
            return Map.copyOf(store.<String, String>openMap(DocumentMaps.FORMATS_MAP));
        }

        Map<Object, de.bwaldvogel.mongo.bson.Document> bsonMap(String name) {
            return store.openMap(name, new org.h2.mvstore.MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>()
                    .valueType(BsonDocumentType.INSTANCE));
        }

        @Override
        public void close() {
            store.close();
        }
    }

    private EmbeddedMongoSettings settings() throws IOException {
        return new EmbeddedMongoSettings("127.0.0.1", freePort(), dataDir.resolve("store.mv"));
    }

    private static MongoClient client(EmbeddedMongoSettings settings) {
        return MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString("mongodb://" + settings.host() + ":" + settings.port()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
