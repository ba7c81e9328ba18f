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
 * ({@code jobs.<memberId>}), and a {@code version} that every change increments. Taking a place reads
 * the day by {@code _id}, checks the condition — this job not yet there, fewer than the capacity held —
 * and writes over the version read ({@code _id} and {@code version}: a unique key), so of concurrent
 * takers only one writes each version and the others read again; giving one back is the same. Every
 * read and conditional write is by {@code _id} or by that unique key, which the embedded store serves
 * from an index (issue 15: the condition in the query made it scan every day of every service).
 * A day written before the version was (or by the generator) gets {@code version: 0} at its first change.
 */
@Repository
class MongoPlaces implements Places {

    static final String COLLECTION = "places";

    private final MongoTemplate mongo;

    MongoPlaces(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A day changed by concurrent takers is read and tried again this many times at most. */
    private static final int ATTEMPTS = 50;

    @PostConstruct
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("day", Sort.Direction.ASC).named("day"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique().named("id_version"));
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
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document day = mongo.findById(id, Document.class, COLLECTION);
            if (day == null) {
                try {
                    mongo.insert(new Document("_id", id).append("serviceId", key.serviceId())
                            .append("day", key.day().toString())
                            .append("count", new Document(key.memberId(), 1))
                            .append("jobs", new Document(key.memberId(), List.of(jobId)))
                            .append("version", 1L), COLLECTION);
                    return true;
                } catch (DuplicateKeyException createdMeanwhile) {
                    continue;
                }
            }
            if (jobsOf(day).getOrDefault(key.memberId(), List.of()).contains(jobId)) {
                return true;
            }
            if (countOf(day, key.memberId()) >= capacity) {
                return false;
            }
            if (changeAsRead(day, new Update().inc("count." + key.memberId(), 1).push("jobs." + key.memberId(), jobId))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void giveBack(PlaceKey key, String jobId) {
        String id = idOf(key.serviceId(), key.day());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document day = mongo.findById(id, Document.class, COLLECTION);
            if (day == null || !jobsOf(day).getOrDefault(key.memberId(), List.of()).contains(jobId)) {
                return;
            }
            if (changeAsRead(day, new Update().inc("count." + key.memberId(), -1).pull("jobs." + key.memberId(), jobId))) {
                return;
            }
        }
    }

    /**
     * Applies the change if the day is still as read ({@code _id} and {@code version}). A day without a
     * version (written before it was, or by the generator) is given {@code version: 0} first ({@code $max}:
     * never takes a version back), then read again by the caller.
     */
    private boolean changeAsRead(Document day, Update change) {
        Object version = day.get("version");
        if (!(version instanceof Number read)) {
            mongo.updateFirst(query(where("_id").is(day.get("_id"))), new Update().max("version", 0L), COLLECTION);
            return false;
        }
        Query asRead = new Query(new org.springframework.data.mongodb.core.query.Criteria("_id").is(day.get("_id"))
                .and("version").is(read.longValue()));
        return mongo.updateFirst(asRead, change.inc("version", 1), COLLECTION).getModifiedCount() == 1;
    }

    private static int countOf(Document day, String memberId) {
        Document counts = day.get("count", Document.class);
        return counts != null && counts.get(memberId) instanceof Number n ? n.intValue() : 0;
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
