package fr.centreisere.concierge.provider.job.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.outbox.OutboxBson;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.PlaceKey;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Generated volume (./concierge fill) written in bulk, in the very documents {@link MongoJobs} and
 * {@link MongoPlaces} write one at a time: jobs whose messages were all delivered long ago (so no relay
 * sends them again), and the places their members hold.
 */
@Repository
public class BulkJobs {

    private static final String BATCHES = "fill_batches";
    private static final int BATCH_SIZE = 1_000;

    private final MongoTemplate mongo;
    private final DueSets dueSets;

    BulkJobs(MongoTemplate mongo, DueSets dueSets) {
        this.mongo = mongo;
        this.dueSets = dueSets;
    }

    /** The next batch number of generated volume (1, 2, …): one counter, so a second fill gets new ids. */
    public int nextBatch() {
        Document counter = mongo.findAndModify(query(where("_id").is("batches")), new Update().inc("value", 1),
                FindAndModifyOptions.options().returnNew(true).upsert(true), Document.class, BATCHES);
        return ((Number) counter.get("value")).intValue();
    }

    /**
     * Every place held, per service and day ({@code "serviceId|yyyy-MM-dd"}), then member: read in one pass,
     * for planning a batch over them (a set bounded by the services × the days with jobs).
     */
    public Map<String, Map<String, Integer>> placesHeld() {
        Map<String, Map<String, Integer>> held = new java.util.HashMap<>();
        var query = query(where("serviceId").exists(true));
        query.fields().include("count");
        try (var days = mongo.stream(query, Document.class, MongoPlaces.COLLECTION)) {
            days.forEach(day -> {
                Map<String, Integer> perMember = new java.util.HashMap<>();
                Document counts = day.get("count", Document.class);
                if (counts != null) {
                    counts.forEach((member, n) -> perMember.put(member, ((Number) n).intValue()));
                }
                held.put(day.getString("_id"), perMember);
            });
        }
        return held;
    }

    /**
     * Inserts the jobs, their outcomes to order-service and notices to members marked delivered when written; the
     * jobs still offered are marked in the open offers' due set, as {@link MongoJobs} marks them, so that the due
     * set is complete when the fill ends ({@link OpenOffersDueSet#markComplete}).
     */
    public int insertDelivered(List<Job> jobs) {
        int written = 0;
        List<JobDocument> chunk = new ArrayList<>(BATCH_SIZE);
        for (Job job : jobs) {
            chunk.add(delivered(JobDocument.of(job, 1)));
            if (chunk.size() == BATCH_SIZE) {
                written += mongo.insert(chunk, JobDocument.class).size();
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            written += mongo.insert(chunk, JobDocument.class).size();
        }
        for (Job job : jobs) {
            MongoJobs.offerDueAt(job).ifPresent(at -> dueSets.named(MongoJobs.OPEN_OFFERS).mark(job.id(), at));
        }
        return written;
    }

    /** Adds places held by these jobs (per member, service and day), to the day documents there already are. */
    public int addPlaces(Map<PlaceKey, List<String>> holders) {
        Map<String, List<Map.Entry<PlaceKey, List<String>>>> byDay = new java.util.TreeMap<>();
        holders.entrySet().forEach(e -> byDay.computeIfAbsent(
                MongoPlaces.idOf(e.getKey().serviceId(), e.getKey().day()), id -> new ArrayList<>()).add(e));
        int days = 0;
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, MongoPlaces.COLLECTION);
        int pending = 0;
        for (var day : byDay.entrySet()) {
            PlaceKey any = day.getValue().get(0).getKey();
            // a change like any other: over a new version, so that a take that read the day before writes nothing
            Update update = new Update().setOnInsert("serviceId", any.serviceId()).setOnInsert("day", any.day().toString())
                    .inc("version", 1);
            for (var member : day.getValue()) {
                update.inc("count." + member.getKey().memberId(), member.getValue().size())
                        .push("jobs." + member.getKey().memberId()).each(member.getValue().toArray());
            }
            bulk.upsert(query(where("_id").is(day.getKey())), update);
            days++;
            if (++pending == BATCH_SIZE) {
                bulk.execute();
                bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, MongoPlaces.COLLECTION);
                pending = 0;
            }
        }
        if (pending > 0) {
            bulk.execute();
        }
        return days;
    }

    private static JobDocument delivered(JobDocument d) {
        return new JobDocument(d.id(), d.orderId(), d.orderNumber(), d.serviceId(), d.serviceName(), d.category(),
                d.communeInsee(), d.communeName(), d.slotDate(), d.slotFrom(), d.slotTo(), d.quantity(),
                d.subtotalCents(), d.commissionCents(), d.state(), d.memberId(), d.version(), d.offerExpiresAt(),
                d.offerRemindAt(), d.completedAt(), d.offers(), d.decisions(), delivered(d.outbox()),
                delivered(d.notices()), d.report(), d.unassignedReason(), d.updatedAt());
    }

    private static List<Document> delivered(List<Document> messages) {
        if (messages == null || messages.isEmpty()) {
            return messages;
        }
        List<OutboxMessage> read = OutboxBson.fromBson(messages, "");
        return OutboxBson.toBson(read.stream().map(m -> m.delivered(deliveredAt(m), null)).toList());
    }

    private static Instant deliveredAt(OutboxMessage message) {
        return message.createdAt().plusSeconds(1);
    }
}
