package fr.centreisere.concierge.embeddedmongodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import fr.centreisere.concierge.embeddedmongodb.EmbeddedMongoDb.EmbeddedMongoSettings;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store in its own JVM, killed with SIGKILL while connections insert and update jobs, three times
 * over the same file; then reopened: every acknowledged job is there, readable by id and by its unique
 * key, every listed job is readable by id, and inserting one again is a duplicate (11000).
 */
class KillTest {

    private static final int WRITERS = 6;

    @TempDir
    Path dataDir;

    @Test
    void aKillDuringConcurrentWritesLeavesEveryAcknowledgedJobReadableAndEveryDuplicateRecognised() throws Exception {
        Path storeFile = dataDir.resolve("store.mv");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        for (int round = 0; round < 3; round++) {
            int port = freePort();
            Process store = StoreProcess.start(port, storeFile, dataDir.resolve("store-" + round + ".log"));
            try {
                StoreProcess.awaitListening(port, store);
                writeUntilKilled(round, port, store, acknowledged);
            } finally {
                store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        assertThat(acknowledged).hasSizeGreaterThan(WRITERS);

        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), storeFile);
        EmbeddedMongoDb reopened = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings.port()))) {
            MongoCollection<Document> jobs = jobs(client);
            List<Document> listed = jobs.find().into(new ArrayList<>());
            Set<String> listedIds = new HashSet<>();
            for (Document job : listed) {
                String id = job.getString("_id");
                listedIds.add(id);
                assertThat(jobs.find(Filters.eq("_id", id)).first()).as("listed job %s by id", id).isEqualTo(job);
                assertThat(jobs.find(Filters.eq("orderId", job.getString("orderId"))).first())
                        .as("listed job %s by its unique key", id).isEqualTo(job);
            }
            assertThat(listedIds).as("every acknowledged insert survived the kills").containsAll(acknowledged);

            for (String id : acknowledged) {
                MongoWriteException duplicate = catchThrowableOfType(MongoWriteException.class,
                        () -> jobs.insertOne(job(id)));
                assertThat(duplicate).as("inserting %s again", id).isNotNull();
                assertThat(duplicate.getError().getCode()).isEqualTo(11000);
            }
        } finally {
            reopened.stop();
        }
    }

    /** Writers insert a job then offer it, as dispatches do, until the store is killed under them. */
    private static void writeUntilKilled(int round, int port, Process store, Set<String> acknowledged) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (MongoClient setUp = MongoClients.create(uri(port))) {
            // with the driver's usual patience: a busy machine may take more than the writers' 500 ms
            jobs(setUp).createIndex(Indexes.ascending("orderId"), new IndexOptions().unique(true));
        }
        try (MongoClient client = MongoClients.create(uri(port) + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500")) {
            MongoCollection<Document> jobs = jobs(client);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String prefix = "job-" + round + "-" + w + "-";
                running.add(writers.submit(() -> {
                    for (int n = 0; !killed.get(); n++) {
                        String id = prefix + n;
                        try {
                            jobs.insertOne(job(id));
                            acknowledged.add(id);
                            jobs.updateOne(Filters.eq("_id", id), Updates.set("state", "OFFERED"));
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                }));
            }
            Thread.sleep(400 + 300L * round);
            killed.set(true);
            store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            for (Future<?> writer : running) {
                writer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private static MongoCollection<Document> jobs(MongoClient client) {
        return client.getDatabase("dispatch").getCollection("jobs");
    }

    private static Document job(String id) {
        return new Document("_id", id).append("orderId", "ord-" + id).append("state", "NEW");
    }

    private static String uri(int port) {
        return "mongodb://127.0.0.1:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
