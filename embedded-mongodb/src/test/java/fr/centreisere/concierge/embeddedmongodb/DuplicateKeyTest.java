package fr.centreisere.concierge.embeddedmongodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import fr.centreisere.concierge.embeddedmongodb.EmbeddedMongoDb.EmbeddedMongoSettings;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A duplicate {@code _id} or unique key is answered as MongoDB answers it — code 11000, which the
 * driver reports as {@link ErrorCategory#DUPLICATE_KEY} and Spring Data turns into a
 * {@code DuplicateKeyException} — by every write that can create a document: insert, insertMany,
 * update with upsert and findAndModify with upsert; on a fresh store, after a restart from the file,
 * and after a crash that left the file with a document whose index entries were never committed.
 */
class DuplicateKeyTest {

    private static final int DUPLICATE_KEY = 11000;

    @TempDir
    Path dataDir;

    @Test
    void aDuplicateIsCode11000OnEveryWritePath() throws IOException {
        EmbeddedMongoSettings settings = settings();
        EmbeddedMongoDb server = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            MongoCollection<Document> jobs = jobsWithTwoJobs(client);
            assertEveryDuplicateIsRefusedWith11000(jobs);
        } finally {
            server.stop();
        }
    }

    @Test
    void aDuplicateIsCode11000AfterARestartFromTheFile() throws IOException {
        EmbeddedMongoSettings settings = settings();
        EmbeddedMongoDb first = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            jobsWithTwoJobs(client);
        } finally {
            first.stop();
        }

        EmbeddedMongoDb second = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            assertEveryDuplicateIsRefusedWith11000(jobs(client));
        } finally {
            second.stop();
        }
    }

    /**
     * The state a kill -9 left behind: a commit of the store (another connection's, or MVStore's own
     * background one) ran while an insert had put the document in the collection's map but not yet its
     * keys in the index maps, and the process died before the next commit. The file then holds a job
     * that a listing shows but a find by id (which goes through the _id index) does not, and an insert
     * of the same id passed the index check and failed in the data map with a bare "Document with key
     * ... already existed" — an error without a code, which the driver reports as -1.
     */
    @Test
    void aJobWhoseIndexEntriesWereLostInACrashIsReadableAndStillADuplicateAfterRestart() throws IOException {
        EmbeddedMongoSettings settings = settings();
        EmbeddedMongoDb first = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            jobsWithTwoJobs(client);
        } finally {
            first.stop();
        }
        withoutTheIndexEntriesOf("job-ord-1", settings.storeFile());

        EmbeddedMongoDb second = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            MongoCollection<Document> jobs = jobs(client);
            assertThat(jobs.find().map(job -> job.getString("_id"))).containsExactlyInAnyOrder("job-ord-0", "job-ord-1");
            assertThat(jobs.find(Filters.eq("_id", "job-ord-1")).first())
                    .as("the job listed is readable by id").isNotNull();
            assertThat(jobs.find(Filters.eq("orderId", "ord-1")).first())
                    .as("and by its unique key").isNotNull();
            assertEveryDuplicateIsRefusedWith11000(jobs);
        } finally {
            second.stop();
        }
    }

    private static MongoCollection<Document> jobsWithTwoJobs(MongoClient client) {
        MongoCollection<Document> jobs = jobs(client);
        jobs.createIndex(Indexes.ascending("orderId"), new IndexOptions().unique(true));
        jobs.insertOne(job("job-ord-0", "ord-0"));
        jobs.insertOne(job("job-ord-1", "ord-1"));
        return jobs;
    }

    private static void assertEveryDuplicateIsRefusedWith11000(MongoCollection<Document> jobs) {
        Document before = jobs.find(Filters.eq("_id", "job-ord-1")).first();

        // the same _id
        assertDuplicate(MongoWriteException.class, jobs,
                c -> c.insertOne(job("job-ord-1", "ord-other")));
        assertDuplicate(MongoBulkWriteException.class, jobs,
                c -> c.insertMany(List.of(job("job-ord-1", "ord-other"))));
        assertDuplicate(MongoWriteException.class, jobs,
                c -> c.updateOne(new Document("_id", "job-ord-1").append("state", "NEVER"),
                        Updates.set("orderId", "ord-other"), new UpdateOptions().upsert(true)));
        assertDuplicate(MongoCommandException.class, jobs,
                c -> c.findOneAndUpdate(new Document("_id", "job-ord-1").append("state", "NEVER"),
                        Updates.set("orderId", "ord-other"), new FindOneAndUpdateOptions().upsert(true)));

        // the same unique key under another _id
        assertDuplicate(MongoWriteException.class, jobs,
                c -> c.insertOne(job("job-other", "ord-1")));
        assertDuplicate(MongoBulkWriteException.class, jobs,
                c -> c.insertMany(List.of(job("job-other", "ord-1"))));
        assertDuplicate(MongoWriteException.class, jobs,
                c -> c.updateOne(new Document("_id", "job-other").append("orderId", "ord-1"),
                        Updates.set("state", "OFFERED"), new UpdateOptions().upsert(true)));
        assertDuplicate(MongoCommandException.class, jobs,
                c -> c.findOneAndUpdate(new Document("_id", "job-other").append("orderId", "ord-1"),
                        Updates.set("state", "OFFERED"), new FindOneAndUpdateOptions().upsert(true)));

        assertThat(jobs.find(Filters.eq("_id", "job-ord-1")).first())
                .as("a refused duplicate leaves the job as it was").isEqualTo(before);
        assertThat(jobs.countDocuments()).isEqualTo(2);
    }

    private static void assertDuplicate(Class<? extends RuntimeException> expected,
                                        MongoCollection<Document> jobs, Consumer<MongoCollection<Document>> write) {
        Throwable thrown = catchThrowable(() -> write.accept(jobs));
        assertThat(thrown).isInstanceOf(expected);
        int code;
        if (thrown instanceof MongoWriteException e) {
            code = e.getError().getCode();
        } else if (thrown instanceof MongoBulkWriteException e) {
            code = e.getWriteErrors().get(0).getCode();
        } else if (thrown instanceof MongoCommandException e) {
            code = e.getErrorCode();
        } else {
            throw new AssertionError("not a write error", thrown);
        }
        assertThat(code).as("code of %s", thrown.getMessage()).isEqualTo(DUPLICATE_KEY);
        assertThat(ErrorCategory.fromErrorCode(code)).isEqualTo(ErrorCategory.DUPLICATE_KEY);
    }

    /**
     * Takes the document's keys out of every index of the collection, as a torn commit leaves them;
     * a torn file is one whose last stop was not clean (a kill), so its clean-stop mark goes too.
     */
    static void withoutTheIndexEntriesOf(String id, Path storeFile) {
        MVStore store = MVStore.open(storeFile.toString());
        try {
            DocumentMaps.openAll(store); // the index maps in the type they were written with
            int removed = 0;
            for (String name : store.getMapNames()) {
                if (name.startsWith("dispatch.jobs._index_")) {
                    MVMap<Object, Object> index = store.openMap(name);
                    List<Object> keys = index.entrySet().stream()
                            .filter(entry -> id.equals(entry.getValue())).map(java.util.Map.Entry::getKey).toList();
                    keys.forEach(index::remove);
                    removed += keys.size();
                }
            }
            assertThat(removed).as("index entries of %s", id).isEqualTo(2);
            store.<String, Boolean>openMap("concierge.state").put("closedCleanly", false);
            store.commit();
        } finally {
            store.close();
        }
    }

    private static MongoCollection<Document> jobs(MongoClient client) {
        return client.getDatabase("dispatch").getCollection("jobs");
    }

    private static Document job(String id, String orderId) {
        return new Document("_id", id).append("orderId", orderId).append("state", "OFFERED");
    }

    private EmbeddedMongoSettings settings() throws IOException {
        return new EmbeddedMongoSettings("127.0.0.1", freePort(), dataDir.resolve("store.mv"));
    }

    private static String uri(EmbeddedMongoSettings settings) {
        return "mongodb://" + settings.host() + ":" + settings.port();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
