package fr.centreisere.concierge.provider.job.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.centreisere.concierge.provider.job.PlaceKey;
import fr.centreisere.concierge.provider.job.Places;
import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Places in MongoDB: one document per service and day ({@code _id} "serviceId|yyyy-MM-dd"), with,
 * per member, how many places its jobs hold ({@code count.<memberId>}) and which jobs
 * ({@code jobs.<memberId>}). Taking a place is one update whose query holds the condition — this
 * job not yet there, fewer than the capacity held — so of concurrent takers only those below the
 * capacity succeed; the store applies each update to the document atomically. Reading a day's places
 * is a read by {@code _id}, which every store serves from its primary index.
 */
@Repository
class MongoPlaces implements Places {

    static final String COLLECTION = "places";

    private final MongoTemplate mongo;

    MongoPlaces(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("day", Sort.Direction.ASC).named("day"));
    }

    static String idOf(String serviceId, LocalDate day) {
        return serviceId + "|" + day;
    }

    @Override
    public boolean take(PlaceKey key, String jobId, int capacity) {
        if (capacity < 1) {
            return false;
        }
        return claim(key, jobId, capacity);
    }

    @Override
    public void force(PlaceKey key, String jobId) {
        claim(key, jobId, Integer.MAX_VALUE);
    }

    private boolean claim(PlaceKey key, String jobId, int capacity) {
        String id = idOf(key.serviceId(), key.day());
        String count = "count." + key.memberId();
        String jobs = "jobs." + key.memberId();
        for (int attempt = 0; attempt < 5; attempt++) {
            Query belowCapacity = query(where("_id").is(id).and(jobs).ne(jobId).and(count).not().gte(capacity));
            if (mongo.updateFirst(belowCapacity, new Update().inc(count, 1).push(jobs, jobId), COLLECTION)
                    .getModifiedCount() == 1) {
                return true;
            }
            Document day = mongo.findById(id, Document.class, COLLECTION);
            if (day == null) {
                try {
                    mongo.insert(new Document("_id", id).append("serviceId", key.serviceId())
                            .append("day", key.day().toString())
                            .append("count", new Document(key.memberId(), 1))
                            .append("jobs", new Document(key.memberId(), List.of(jobId))), COLLECTION);
                    return true;
                } catch (DuplicateKeyException createdMeanwhile) {
                    continue;
                }
            }
            return jobsOf(day).getOrDefault(key.memberId(), List.of()).contains(jobId);
        }
        return false;
    }

    @Override
    public void giveBack(PlaceKey key, String jobId) {
        String id = idOf(key.serviceId(), key.day());
        mongo.updateFirst(query(where("_id").is(id).and("jobs." + key.memberId()).is(jobId)),
                new Update().inc("count." + key.memberId(), -1).pull("jobs." + key.memberId(), jobId), COLLECTION);
    }

    @Override
    public Map<LocalDate, Map<String, Integer>> held(String serviceId, List<LocalDate> days) {
        List<String> ids = days.stream().map(d -> idOf(serviceId, d)).toList();
        Map<LocalDate, Map<String, Integer>> held = new TreeMap<>();
        for (Document day : mongo.find(query(where("_id").in(ids)), Document.class, COLLECTION)) {
            Map<String, Integer> perMember = new TreeMap<>();
            Document counts = day.get("count", Document.class);
            if (counts != null) {
                counts.forEach((member, n) -> perMember.put(member, ((Number) n).intValue()));
            }
            held.put(LocalDate.parse(day.getString("day")), perMember);
        }
        return held;
    }

    @Override
    public Map<String, List<String>> holders(String serviceId, LocalDate day) {
        Document found = mongo.findById(idOf(serviceId, day), Document.class, COLLECTION);
        return found == null ? Map.of() : jobsOf(found);
    }

    private static final String BACKFILLED = "backfill-of-jobs-stored-before-places";

    @Override
    public boolean backfilled() {
        return mongo.findById(BACKFILLED, Document.class, COLLECTION) != null;
    }

    @Override
    public void markBackfilled() {
        try {
            mongo.insert(new Document("_id", BACKFILLED), COLLECTION);
        } catch (DuplicateKeyException alreadyMarked) {
            // another instance finished first: the same places were taken
        }
    }

    @Override
    public List<ServiceDay> heldFrom(LocalDate from, int limit) {
        Query query = query(where("day").gte(from.toString()).and("serviceId").exists(true)).limit(limit);
        query.fields().include("serviceId").include("day");
        List<ServiceDay> days = new ArrayList<>();
        for (Document day : mongo.find(query, Document.class, COLLECTION)) {
            days.add(new ServiceDay(day.getString("serviceId"), LocalDate.parse(day.getString("day"))));
        }
        return days;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> jobsOf(Document day) {
        Map<String, List<String>> jobs = new LinkedHashMap<>();
        Document perMember = day.get("jobs", Document.class);
        if (perMember != null) {
            perMember.forEach((member, list) -> jobs.put(member, List.copyOf((List<String>) list)));
        }
        return jobs;
    }
}
