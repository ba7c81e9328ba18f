package fr.centreisere.concierge.embeddedmongodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which operations commit (issue 15): a write is on disk before it is answered, a read never commits
 * (nor waits for the exclusive lock), a write that changed nothing does not commit. Counted on the
 * MVStore's version, which each commit increments.
 */
class CommitsTest {

    @TempDir
    Path dataDir;

    CommittingH2Backend backend;
    MongoServer server;
    MongoClient client;
    MongoCollection<Document> jobs;

    @BeforeEach
    void start() {
        backend = CommittingH2Backend.open(dataDir.resolve("store.mv"));
        server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        jobs = client.getDatabase("provider").getCollection("jobs");
        jobs.insertOne(new Document("_id", "job-1").append("state", "OFFERED"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private long version() {
        return backend.getMvStore().getCurrentVersion();
    }

    /** A command body as the backend receives it (the library's own document type). */
    private static de.bwaldvogel.mongo.bson.Document command(Object... keysAndValues) {
        de.bwaldvogel.mongo.bson.Document body = new de.bwaldvogel.mongo.bson.Document();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    @Test
    void anAcknowledgedWriteIsCommittedBeforeItsAnswer() {
        long before = version();

        jobs.updateOne(Filters.eq("_id", "job-1"), Updates.set("state", "ACCEPTED"));

        assertThat(version()).isGreaterThan(before);
        assertThat(backend.getMvStore().hasUnsavedChanges()).isFalse();
    }

    @Test
    void readsAndAWriteThatChangesNothingDoNotCommit() {
        long before = version();

        assertThat(jobs.find(Filters.eq("_id", "job-1")).first()).isNotNull();
        assertThat(jobs.countDocuments()).isEqualTo(1);
        assertThat(jobs.aggregate(List.of(Aggregates.match(Filters.eq("state", "OFFERED")))).into(new java.util.ArrayList<>()))
                .hasSize(1);
        jobs.updateOne(Filters.eq("_id", "no-such-job"), Updates.set("state", "ACCEPTED"));

        assertThat(version()).isEqualTo(before);
    }

    @Test
    void anAggregationThatWritesIsAWrite() {
        assertThat(CommittingH2Backend.isRead("find", command())).isTrue();
        assertThat(CommittingH2Backend.isRead("aggregate", command("pipeline", List.of(command("$match", command())))))
                .isTrue();
        assertThat(CommittingH2Backend.isRead("aggregate", command("pipeline", List.of(command("$out", "copy")))))
                .isFalse();
        assertThat(CommittingH2Backend.isRead("findAndModify", command())).isFalse();
        assertThat(CommittingH2Backend.isRead("someCommandNobodyKnows", command())).isFalse();

        long before = version();
        jobs.aggregate(List.of(Aggregates.match(Filters.eq("state", "OFFERED")), Aggregates.out("copies"))).toCollection();

        assertThat(version()).isGreaterThan(before);
        assertThat(backend.getMvStore().hasUnsavedChanges()).isFalse();
        assertThat(client.getDatabase("provider").getCollection("copies").countDocuments()).isEqualTo(1);
    }
}
