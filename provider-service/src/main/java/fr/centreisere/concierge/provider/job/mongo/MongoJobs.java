package fr.centreisere.concierge.provider.job.mongo;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.facet;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import fr.centreisere.concierge.platform.due.DueSet;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.outbox.MongoOutboxStore;
import fr.centreisere.concierge.platform.outbox.OutboxMarks;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.outbox.OutboxBson;
import fr.centreisere.concierge.platform.page.Page;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobChangedConcurrently;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.OutboxEntry;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Jobs in MongoDB. Every change of state is one {@code findAndModify} whose query holds the state and
 * version the job was read in: of two concurrent writers, the second finds nothing and loses.
 */
@Repository
class MongoJobs implements Jobs {

    private static final Set<String> NOT_SET_ON_UPDATE = Set.of("_id", "version", "outbox", "notices", "_class");

    /** The open offers' due set: an offered job, due at its reminder or its expiry, whichever comes first. */
    static final String OPEN_OFFERS = "job_offers";
    /** Due offers read per sweep (a bound on one sweep's reads; what is left is read by the next). */
    private static final int OFFERS_PER_SWEEP = 500;

    private final MongoTemplate mongo;
    private final DueSets dueSets;
    private final MongoOutboxStore eventsStore;
    private final MongoOutboxStore noticesStore;

    MongoJobs(MongoTemplate mongo, DueSets dueSets) {
        this.mongo = mongo;
        this.dueSets = dueSets;
        this.eventsStore = new MongoOutboxStore(mongo, JobOutboxes.EVENTS);
        this.noticesStore = new MongoOutboxStore(mongo, JobOutboxes.NOTICES);
    }

    @Override
    public Optional<Job> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, JobDocument.class)).map(JobDocument::toJob);
    }

    @Override
    public Optional<Job> byOrderId(String orderId) {
        return Optional.ofNullable(mongo.findOne(query(where("orderId").is(orderId)), JobDocument.class))
                .map(JobDocument::toJob);
    }

    @Override
    public List<Job> byOrderIds(java.util.Collection<String> orderIds) {
        return mongo.find(query(where("orderId").in(orderIds)), JobDocument.class).stream().map(JobDocument::toJob)
                .toList();
    }

    @Override
    public boolean insert(Job job) {
        try {
            mongo.insert(JobDocument.of(job, 0));
            markPending(job, JobOutboxes.events(job), JobOutboxes.notices(job));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public void update(Job job) {
        Document stored = new Document();
        mongo.getConverter().write(JobDocument.of(job, job.version() + 1), stored);
        Update update = new Update();
        stored.forEach((field, value) -> {
            if (!NOT_SET_ON_UPDATE.contains(field)) {
                update.set(field, value);
            }
        });
        update.set("version", job.version() + 1);
        // the outboxes are only ever appended to here: what the relays wrote meanwhile (leases, deliveries) stays
        List<Document> added = job.newEvents().stream().map(e -> OutboxBson.toBson(JobOutboxes.message(job, e))).toList();
        if (!added.isEmpty()) {
            update.push("outbox").each(added.toArray());
        }
        List<Document> noticed = job.newNotices().stream().map(n -> OutboxBson.toBson(JobOutboxes.message(job, n)))
                .toList();
        if (!noticed.isEmpty()) {
            update.push("notices").each(noticed.toArray());
        }
        Query expected = query(where("_id").is(job.id()).and("version").is(job.version())
                .and("state").is(job.loadedState().name()));
        JobDocument before = mongo.findAndModify(expected, update, JobDocument.class);
        if (before == null) {
            throw new JobChangedConcurrently(job.id());
        }
        markPending(job, job.newEvents().stream().map(e -> JobOutboxes.message(job, e)).toList(),
                job.newNotices().stream().map(n -> JobOutboxes.message(job, n)).toList());
    }

    /** Right after a write: the job joins the due sets of its pending messages and of its open offer. */
    private void markPending(Job job, List<OutboxMessage> events, List<OutboxMessage> notices) {
        OutboxMarks.written(dueSets, JobOutboxes.EVENTS, job.id(), events);
        OutboxMarks.written(dueSets, JobOutboxes.NOTICES, job.id(), notices);
        offerDueAt(job).ifPresent(at -> dueSets.named(OPEN_OFFERS).mark(job.id(), at));
    }

    /** When the open offer needs a look: its reminder, else its expiry; none when the job is not offered. */
    static Optional<Instant> offerDueAt(Job job) {
        if (job.state() != JobState.OFFERED) {
            return Optional.empty();
        }
        Optional<Instant> expiry = job.expiresAt();
        return job.reminderDueAt().filter(remind -> expiry.map(remind::isBefore).orElse(true)).or(() -> expiry);
    }

    /** One narrowing for the page and the report: their totals agree. */
    private Criteria criteriaOf(JobQuery q) {
        Criteria criteria = new Criteria();
        if (q.memberId() != null) {
            criteria = criteria.and("memberId").is(q.memberId());
        }
        if (q.state() != null) {
            criteria = criteria.and("state").is(q.state().name());
        }
        if (q.troubled()) {
            criteria = criteria.orOperator(eventsStore.needsAttentionCriteria(OutboxEntry.ATTENTION_AFTER),
                    noticesStore.needsAttentionCriteria(OutboxEntry.ATTENTION_AFTER));
        }
        if (q.communeInsee() != null) {
            criteria = criteria.and("communeInsee").is(q.communeInsee());
        }
        if (q.from() != null || q.to() != null) {
            // slot days are ISO text: their order is the days' order
            Criteria day = criteria.and("slotDate");
            if (q.from() != null) {
                day = day.gte(q.from().toString());
            }
            if (q.to() != null) {
                day = day.lte(q.to().toString());
            }
        }
        return criteria;
    }

    @Override
    public JobTally count(JobQuery q) {
        Aggregation aggregation = newAggregation(match(criteriaOf(q)),
                facet(group("state").count().as("n")).as("byState")
                        .and(group("memberId").count().as("n")).as("byMember")
                        .and(match(where("report").ne(null)), group().count().as("n").sum("report.hoursWorked").as("hours")
                                .sum("report.insertionHours").as("insertion").sum("subtotalCents").as("subtotal")
                                .sum("commissionCents").as("commission")).as("reported"));
        org.bson.Document facets = mongo.aggregate(aggregation, "jobs", org.bson.Document.class).getUniqueMappedResult();
        Map<String, Long> byState = counts(facets, "byState");
        Map<String, Long> byMember = counts(facets, "byMember");
        byMember.remove("");
        org.bson.Document done = rows(facets, "reported").stream().findFirst().orElse(new org.bson.Document());
        return new JobTally(byState.values().stream().mapToLong(Long::longValue).sum(), byState, byMember,
                number(done, "n").longValue(), number(done, "hours").doubleValue(),
                number(done, "insertion").doubleValue(), number(done, "subtotal").longValue(),
                number(done, "commission").longValue());
    }

    private static Map<String, Long> counts(org.bson.Document facets, String name) {
        Map<String, Long> counts = new TreeMap<>();
        for (org.bson.Document row : rows(facets, name)) {
            Object key = row.get("_id");
            counts.merge(key == null ? "" : key.toString(), number(row, "n").longValue(), Long::sum);
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static List<org.bson.Document> rows(org.bson.Document facets, String name) {
        return facets != null && facets.get(name) instanceof List<?> list ? (List<org.bson.Document>) list : List.of();
    }

    private static Number number(org.bson.Document row, String field) {
        return row.get(field) instanceof Number n ? n : 0;
    }

    @Override
    public Page<Job> find(JobQuery q) {
        Criteria criteria = criteriaOf(q);
        Query query = query(criteria);
        long total = mongo.count(query, JobDocument.class);
        query.with(Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("_id")))
                .skip((long) q.page() * q.size()).limit(q.size());
        List<Job> content = mongo.find(query, JobDocument.class).stream().map(JobDocument::toJob).toList();
        return new Page<>(content, q.page(), q.size(), total);
    }

    /** A cursor over the query's jobs by slot: an export reads it as it writes, never the whole period at once. */
    @Override
    public Stream<Job> stream(JobQuery q) {
        Query query = query(criteriaOf(q)).with(Sort.by("slotDate", "slotFrom", "_id"));
        return mongo.stream(query, JobDocument.class).map(JobDocument::toJob);
    }

    @Override
    public List<Job> withOfferExpiredAt(Instant now, int limit) {
        return openOffersDue(now).stream()
                .filter(job -> job.expiresAt().filter(expiry -> !expiry.isAfter(now)).isPresent())
                .sorted(java.util.Comparator.comparing((Job job) -> job.expiresAt().orElseThrow()))
                .limit(limit).toList();
    }

    @Override
    public List<Job> withOfferReminderDueAt(Instant now, int limit) {
        return openOffersDue(now).stream()
                .filter(job -> job.reminderDueAt().filter(remind -> !remind.isAfter(now)).isPresent()
                        && job.expiresAt().filter(expiry -> expiry.isAfter(now)).isPresent())
                .sorted(java.util.Comparator.comparing((Job job) -> job.reminderDueAt().orElseThrow()))
                .limit(limit).toList();
    }

    /**
     * The offered jobs whose offer needs a look by {@code now}, read from the open offers' due set (never
     * the jobs' collection): its jobs by id; a job no longer offered leaves the set, one whose next look
     * is later is put back to then.
     */
    private List<Job> openOffersDue(Instant now) {
        DueSet offers = dueSets.named(OPEN_OFFERS);
        List<DueSet.Entry> entries = offers.dueBy(now, OFFERS_PER_SWEEP);
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<String, Job> byId = new java.util.HashMap<>();
        mongo.find(query(where("_id").in(entries.stream().map(DueSet.Entry::key).toList())), JobDocument.class)
                .forEach(d -> byId.put(d.id(), d.toJob()));
        List<Job> due = new java.util.ArrayList<>();
        for (DueSet.Entry entry : entries) {
            Job job = byId.get(entry.key());
            Optional<Instant> next = job == null ? Optional.empty() : offerDueAt(job);
            if (next.isEmpty()) {
                offers.clear(entry);
            } else if (next.get().isAfter(now)) {
                offers.reschedule(entry, next.get());
            } else {
                due.add(job);
            }
        }
        return due;
    }

    @Override
    public int markOpenOffersDue() {
        int marked = 0;
        for (JobDocument d : mongo.find(query(where("state").is(JobState.OFFERED.name())), JobDocument.class)) {
            Optional<Instant> at = offerDueAt(d.toJob());
            if (at.isPresent() && dueSets.named(OPEN_OFFERS).markQuietly(d.id(), at.get())) {
                marked++;
            }
        }
        return marked;
    }

    @Override
    public List<Job> holdingPlacesFrom(LocalDate day) {
        Query query = query(where("slotDate").gte(day.toString()).and("state").in(JobState.OFFERED.name(),
                JobState.ACCEPTED.name(), JobState.IN_PROGRESS.name(), JobState.DONE.name()));
        return mongo.find(query, JobDocument.class).stream().map(JobDocument::toJob).toList();
    }

    @Override
    public List<Job> completedBetween(Instant from, Instant to) {
        return mongo.find(query(where("state").is(JobState.DONE.name()).and("completedAt").gte(from).lt(to)),
                JobDocument.class).stream().map(JobDocument::toJob).toList();
    }

    @Override
    public List<Job> acceptedBetween(String memberId, LocalDate from, LocalDate to) {
        Query query = query(where("memberId").is(memberId).and("slotDate").gte(from.toString()).lte(to.toString())
                .and("state").in(JobState.ACCEPTED.name(), JobState.IN_PROGRESS.name()))
                .with(Sort.by("slotDate", "slotFrom", "_id"));
        return mongo.find(query, JobDocument.class).stream().map(JobDocument::toJob).toList();
    }
}
