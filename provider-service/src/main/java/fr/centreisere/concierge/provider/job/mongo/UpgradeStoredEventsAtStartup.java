package fr.centreisere.concierge.provider.job.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import fr.centreisere.concierge.platform.outbox.OutboxBson;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, once per installation: job events stored before the platform outbox ({@code eventId},
 * {@code deliveredAt}, {@code refusedAt} at the top of each element) are rewritten in the platform's shape.
 * The relay reads the old shape, but claims and settles by {@code id} and finds due messages by
 * {@code sentAt}/{@code givenUpAt}: an old event still owed could not be claimed, and an old delivered one
 * would look due to every round. Each job's array is replaced only if it is still as read (a relay may be
 * writing it); one that changed meanwhile is read again.
 *
 * <p>Once done, a document in {@value #UPGRADES} says so and later starts read nothing: the search for the
 * old shape reads every job on the embedded store, and with 100,000 jobs stored it outlasted the driver's
 * socket timeout, so provider-service could not start (issue 15's growth rows). Jobs written since are in
 * the platform's shape (and so are the generated volume's).
 */
@Component
class UpgradeStoredEventsAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UpgradeStoredEventsAtStartup.class);
    private static final int PASSES = 5;

    private final MongoTemplate mongo;
    private final java.time.Clock clock;

    UpgradeStoredEventsAtStartup(MongoTemplate mongo, java.time.Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The collection of the once-per-installation upgrades done, by name. */
    static final String UPGRADES = "upgrades";
    static final String THIS_UPGRADE = "job-events-in-the-platform-outbox-shape";

    @Override
    public void run(ApplicationArguments args) {
        if (done()) {
            return;
        }
        int upgraded = upgrade();
        if (upgraded > 0) {
            log.info("job events of {} job(s) rewritten in the platform outbox's shape", upgraded);
        }
    }

    boolean done() {
        return mongo.getCollection(UPGRADES).find(eq("_id", THIS_UPGRADE)).first() != null;
    }

    /** @return how many jobs were rewritten; once none is left in the old shape, the upgrade is marked done */
    int upgrade() {
        MongoCollection<Document> jobs = mongo.getCollection(JobOutboxes.EVENTS.collection());
        Bson oldShape = elemMatch(JobOutboxes.EVENTS.path(), and(exists("eventId"), exists("id", false)));
        int upgraded = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            int changedMeanwhile = 0;
            for (Document job : jobs.find(oldShape).projection(Projections.include(JobOutboxes.EVENTS.path()))) {
                List<Document> stored = job.getList(JobOutboxes.EVENTS.path(), Document.class);
                List<Document> rewritten = stored.stream().map(UpgradeStoredEventsAtStartup::platformShape).toList();
                long modified = jobs.updateOne(and(eq("_id", job.get("_id")), eq(JobOutboxes.EVENTS.path(), stored)),
                        Updates.set(JobOutboxes.EVENTS.path(), rewritten)).getModifiedCount();
                if (modified == 1) {
                    upgraded++;
                } else {
                    changedMeanwhile++;
                }
            }
            if (changedMeanwhile == 0) {
                markDone();
                break;
            }
        }
        return upgraded;
    }

    private void markDone() {
        mongo.getCollection(UPGRADES).updateOne(eq("_id", THIS_UPGRADE),
                Updates.setOnInsert("doneAt", java.util.Date.from(clock.instant())),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
    }

    private static Document platformShape(Document element) {
        if (element.containsKey("id")) {
            return element;
        }
        return OutboxBson.toBson(OutboxBson.fromBson(element, JobOutboxes.EVENTS.defaultDestination()));
    }
}
