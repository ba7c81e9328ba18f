package fr.centreisere.concierge.embeddedmongodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import fr.centreisere.concierge.embeddedmongodb.EmbeddedMongoDb.EmbeddedMongoSettings;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoDbTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsWrittenThroughTheDriverSurviveACleanRestart() throws IOException {
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), dataDir.resolve("store.mv"));

        EmbeddedMongoDb first = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            client.getDatabase("catalog").getCollection("communes")
                    .insertOne(new Document("_id", "38563").append("name", "Voiron"));
        }
        first.stop();

        EmbeddedMongoDb second = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            Document voiron = client.getDatabase("catalog").getCollection("communes")
                    .find(Filters.eq("_id", "38563")).first();
            assertThat(voiron).isNotNull();
            assertThat(voiron.getString("name")).isEqualTo("Voiron");
        } finally {
            second.stop();
        }
    }

    /**
     * mongo-java-server serves only unique indexes; a non-unique one it keeps as an empty index that it
     * "builds" by reading every document twice, at each declaration and at each start: with 100,000
     * orders a service's start-up declarations outlasted the driver's socket timeout. The store now
     * ignores such an index at once (a real MongoDB builds it).
     */
    @Test
    void aNonUniqueIndexIsIgnoredWithoutReadingTheCollection() throws IOException {
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), dataDir.resolve("store.mv"));
        EmbeddedMongoDb server = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            MongoCollection<Document> jobs = client.getDatabase("provider").getCollection("jobs");
            jobs.insertOne(new Document("_id", "job-1").append("day", "2026-12-01").append("orderId", "ord-1"));
            jobs.createIndex(Indexes.ascending("day"));
            jobs.createIndex(Indexes.ascending("orderId"), new IndexOptions().unique(true));

            assertThat(indexNames(jobs)).containsExactlyInAnyOrder("_id_", "orderId_1");
            assertThat(jobs.find(Filters.eq("day", "2026-12-01")).first()).isNotNull();
        } finally {
            server.stop();
        }
    }

    /**
     * Rebuilding every index from the documents repairs a file torn by a crash, but reads everything
     * at each start; after a clean stop the indexes on disk are whole and are kept.
     */
    @Test
    void theIndexesAreRebuiltAtStartOnlyAfterAStopThatWasNotClean() throws IOException {
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), dataDir.resolve("store.mv"));
        EmbeddedMongoDb first = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            MongoCollection<Document> jobs = client.getDatabase("provider").getCollection("jobs");
            jobs.insertOne(new Document("_id", "job-1").append("orderId", "ord-1"));
            jobs.createIndex(Indexes.ascending("orderId"), new IndexOptions().unique(true));
        }
        assertThat(first.indexesRebuiltAtStart()).isZero(); // a new file has nothing to rebuild
        first.stop();

        EmbeddedMongoDb second = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            assertThat(second.indexesRebuiltAtStart()).isZero();
            MongoCollection<Document> jobs = client.getDatabase("provider").getCollection("jobs");
            assertThat(jobs.find(Filters.eq("orderId", "ord-1")).first()).isNotNull();
            assertThat(catchDuplicate(jobs)).isTrue();
        } finally {
            second.abandonWithoutClosing(); // as a kill -9 would: the file says it was not closed
        }

        EmbeddedMongoDb third = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            assertThat(third.indexesRebuiltAtStart()).isPositive();
            MongoCollection<Document> jobs = client.getDatabase("provider").getCollection("jobs");
            assertThat(jobs.find(Filters.eq("_id", "job-1")).first()).isNotNull();
            assertThat(catchDuplicate(jobs)).isTrue();
        } finally {
            third.stop();
        }
    }

    private static boolean catchDuplicate(MongoCollection<Document> jobs) {
        try {
            jobs.insertOne(new Document("_id", "job-2").append("orderId", "ord-1"));
            return false;
        } catch (com.mongodb.MongoWriteException duplicate) {
            return duplicate.getCode() == 11000;
        }
    }

    private static List<String> indexNames(MongoCollection<Document> collection) {
        List<String> names = new ArrayList<>();
        collection.listIndexes().forEach(index -> names.add(index.getString("name")));
        return names;
    }

    @Test
    void theStoreFileAndItsFolderAreTheOwnersOnly() throws IOException {
        Path folder = dataDir.resolve("mongodb");
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), folder.resolve("store.mv"));
        EmbeddedMongoDb server = EmbeddedMongoDb.start(settings);
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings.storeFile()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        } finally {
            server.stop();
        }
    }

    @Test
    void answersHelloOnADatabaseThatHasData() throws IOException {
        // Spring Boot's Mongo health indicators send { hello: 1 } to the service's own database
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), dataDir.resolve("store.mv"));
        EmbeddedMongoDb server = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            client.getDatabase("identity").getCollection("accounts").insertOne(new Document("_id", "usr-1"));
            Document hello = client.getDatabase("identity").runCommand(new Document("hello", 1));
            assertThat(hello.get("ok")).isIn(1, 1.0);
            assertThat(hello.getInteger("maxWireVersion")).isPositive();
        } finally {
            server.stop();
        }
    }

    @Test
    void settingsComeFromTheEnvironmentWithLocalDefaults() {
        EmbeddedMongoSettings defaults = EmbeddedMongoSettings.fromEnvironment(java.util.Map.of());
        assertThat(defaults.port()).isEqualTo(27017);
        assertThat(defaults.host()).isEqualTo("127.0.0.1");

        EmbeddedMongoSettings custom = EmbeddedMongoSettings.fromEnvironment(
                java.util.Map.of("EMBEDDED_MONGODB_PORT", "28017", "EMBEDDED_MONGODB_FILE", "/tmp/x.mv"));
        assertThat(custom.port()).isEqualTo(28017);
        assertThat(custom.storeFile()).isEqualTo(Path.of("/tmp/x.mv"));
    }

    private static String uri(EmbeddedMongoSettings settings) {
        return "mongodb://" + settings.host() + ":" + settings.port();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The library runs each connection's operations on the I/O thread it was given: a connection waiting on a
     * long operation held up every other connection of that thread (a month's closing scanning 100,000 orders
     * timed the other services out). With a thread per connection, the others are answered meanwhile.
     */
    @Test
    void aConnectionWaitingOnALongOperationHoldsUpNoOtherConnection() throws Exception {
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), dataDir.resolve("store.mv"));
        EmbeddedMongoDb server = EmbeddedMongoDb.start(settings);
        List<MongoClient> clients = new ArrayList<>();
        java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < 8; i++) {
                MongoClient client = MongoClients.create(uri(settings) + "/?serverSelectionTimeoutMS=5000&socketTimeoutMS=5000");
                client.getDatabase("concierge").getCollection("c").insertOne(new Document("_id", "seen-by-" + i));
                clients.add(client);
            }
            java.util.concurrent.Future<?> blocked;
            try (AutoCloseable held = server.holdWrites()) {
                blocked = writer.submit(() -> clients.get(0).getDatabase("concierge").getCollection("c")
                        .insertOne(new Document("_id", "waits")));
                Thread.sleep(300);
                for (MongoClient other : clients.subList(1, clients.size())) {
                    assertThat(other.getDatabase("concierge").getCollection("c").countDocuments(Filters.eq("_id", "seen-by-0")))
                            .as("a read on another connection, answered while the write waits").isEqualTo(1);
                }
                assertThat(blocked).isNotDone();
            }
            blocked.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(clients.get(1).getDatabase("concierge").getCollection("c").countDocuments(Filters.eq("_id", "waits")))
                    .isEqualTo(1);
        } finally {
            writer.shutdownNow();
            clients.forEach(MongoClient::close);
            server.stop();
        }
    }
}
