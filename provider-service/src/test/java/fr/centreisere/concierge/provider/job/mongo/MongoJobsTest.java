package fr.centreisere.concierge.provider.job.mongo;

import static fr.centreisere.concierge.provider.job.Jobs_.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.outbox.MongoOutboxStore;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.page.Page;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobChangedConcurrently;
import fr.centreisere.concierge.provider.job.JobEvent;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.Jobs_;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Jobs through the real driver against the in-process wire-protocol server. */
@DataMongoTest
@Import({MongoJobs.class, MongoRotationLedgers.class, DueSets.class})
class MongoJobsTest {

    @Autowired
    MongoJobs jobs;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.dropCollection(JobDocument.class);
        mongo.indexOps(JobDocument.class).createIndex(new org.springframework.data.mongodb.core.index.Index("orderId",
                org.springframework.data.domain.Sort.Direction.ASC).unique());
    }

    @Test
    void aJobIsStoredAndReadBackWhole() {
        Job job = Jobs_.offered();
        assertThat(jobs.insert(job)).isTrue();
        Job read = jobs.byId(job.id()).orElseThrow();
        assertThat(read.state()).isEqualTo(JobState.OFFERED);
        assertThat(read.order()).isEqualTo(job.order());
        assertThat(read.offers()).isEqualTo(job.offers());
        assertThat(read.decisions()).isEqualTo(job.decisions());
        assertThat(read.outbox()).isEqualTo(job.outbox());
        assertThat(jobs.byOrderId("ord-1")).get().extracting(Job::id).isEqualTo(job.id());
    }

    @Test
    void aSecondJobForTheSameOrderIsRefused() {
        assertThat(jobs.insert(Jobs_.offered())).isTrue();
        assertThat(jobs.insert(Jobs_.offered())).isFalse();
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), JobDocument.class)).isEqualTo(1);
    }

    @Test
    void ofTwoWritersOfTheSameVersionOnlyTheFirstWins() {
        jobs.insert(Jobs_.offered());
        Job first = jobs.byId("job-ord-1").orElseThrow();
        Job second = jobs.byId("job-ord-1").orElseThrow();
        first.accept("mbr-a", T0);
        jobs.update(first);
        second.decline("mbr-a", "trop tard", T0);
        assertThatThrownBy(() -> jobs.update(second)).isInstanceOf(JobChangedConcurrently.class);
        Job stored = jobs.byId("job-ord-1").orElseThrow();
        assertThat(stored.state()).isEqualTo(JobState.ACCEPTED);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.outbox()).extracting(JobEvent::type).containsExactly(JobEvent.Type.OFFERED, JobEvent.Type.ACCEPTED);
    }

    /** The relay's writes on the job, as the platform outbox makes them. */
    private MongoOutboxStore events() {
        return new MongoOutboxStore(mongo, JobOutboxes.EVENTS);
    }

    private OutboxMessage claimFirst(String jobId, Instant until) {
        OutboxMessage read = events().load(jobId).orElseThrow().heads().get(0);
        return events().claim(jobId, read, "relay-1", until).orElseThrow();
    }

    /** An accepted job: its offer was told in the dispatch's answer (delivered), its acceptance is owed. */
    private static Job accepted() {
        Job job = Jobs_.offered();
        job.accept("mbr-a", T0);
        return job;
    }

    @Test
    void theDispatchsOwnOutcomeIsStoredAsDeliveredAndNeverDue() {
        jobs.insert(Jobs_.offered());
        assertThat(events().ownersDue(T0.plusSeconds(3600), 10)).isEmpty();
        assertThat(jobs.byId("job-ord-1").orElseThrow().outbox()).singleElement()
                .satisfies(offered -> assertThat(offered.delivered()).isTrue());
    }

    @Test
    void anUpdateAppendsNewEventsWithoutUndoingADeliveryMarkedMeanwhile() {
        jobs.insert(accepted());
        Job read = jobs.byId("job-ord-1").orElseThrow();
        OutboxMessage claimed = claimFirst("job-ord-1", T0.plusSeconds(30));
        events().settle("job-ord-1", claimed, claimed.delivered(T0, null));
        read.start("mbr-a", T0);
        jobs.update(read);
        Job stored = jobs.byId("job-ord-1").orElseThrow();
        assertThat(stored.outbox()).hasSize(3);
        assertThat(stored.outbox().get(1).delivered()).isTrue();
        assertThat(stored.undelivered()).extracting(JobEvent::type).containsExactly(JobEvent.Type.IN_PROGRESS);
    }

    @Test
    void anUpdateLeavesARelaysLeaseAsItIs() {
        jobs.insert(accepted());
        Job read = jobs.byId("job-ord-1").orElseThrow();
        claimFirst("job-ord-1", T0.plusSeconds(30));
        read.start("mbr-a", T0);
        jobs.update(read);
        assertThat(events().load("job-ord-1").orElseThrow().messages().get(1).claimedAt(T0)).isTrue();
    }

    @Test
    void undeliveredEventsAreDueUntilDeliveredAndWaitForTheirNextAttempt() {
        jobs.insert(accepted());
        assertThat(events().ownersDue(T0, 10)).containsExactly("job-ord-1");
        OutboxMessage claimed = claimFirst("job-ord-1", T0.plusSeconds(30));
        events().settle("job-ord-1", claimed, claimed.failed(503, "HTTP 503", T0.plusSeconds(30)));
        assertThat(events().ownersDue(T0.plusSeconds(29), 10)).isEmpty();
        assertThat(events().ownersDue(T0.plusSeconds(30), 10)).containsExactly("job-ord-1");
        Job due = jobs.byId("job-ord-1").orElseThrow();
        assertThat(due.undelivered().get(0).attempts()).isEqualTo(1);
        assertThat(due.undelivered().get(0).lastError()).isEqualTo("HTTP 503");
        OutboxMessage again = claimFirst("job-ord-1", T0.plusSeconds(60));
        events().settle("job-ord-1", again, again.delivered(T0.plusSeconds(31), null));
        assertThat(events().ownersDue(T0.plusSeconds(3600), 10)).isEmpty();
        assertThat(jobs.byId("job-ord-1").orElseThrow().undelivered()).isEmpty();
    }

    @Test
    void anEventStoredBeforeThePlatformOutboxIsReadAndStillDue() {
        Job job = Jobs_.offered();
        jobs.insert(job);
        // as provider-service stored its events until issue 13
        org.bson.Document old = new org.bson.Document("eventId", "job-ord-1:1").append("type", "OFFERED")
                .append("occurredAt", java.util.Date.from(T0)).append("memberId", "mbr-a").append("attempts", 2)
                .append("nextAttemptAt", java.util.Date.from(T0.plusSeconds(20))).append("lastError", "HTTP 503");
        mongo.getCollection("jobs").updateOne(new org.bson.Document("_id", "job-ord-1"),
                new org.bson.Document("$set", new org.bson.Document("outbox", java.util.List.of(old))));
        JobEvent read = jobs.byId("job-ord-1").orElseThrow().outbox().get(0);
        assertThat(read).isEqualTo(new JobEvent("job-ord-1:1", JobEvent.Type.OFFERED, T0, "mbr-a", null, null, null,
                null, 2, T0.plusSeconds(20), null, null, "HTTP 503"));
        assertThat(events().ownersDue(T0.plusSeconds(20), 10)).containsExactly("job-ord-1");
    }

    @Test
    void eventsStoredBeforeThePlatformOutboxAreRewrittenInItsShapeAndCanBeClaimed() {
        jobs.insert(Jobs_.offered());
        org.bson.Document delivered = new org.bson.Document("eventId", "job-ord-1:1").append("type", "OFFERED")
                .append("occurredAt", java.util.Date.from(T0)).append("memberId", "mbr-a").append("attempts", 1)
                .append("nextAttemptAt", java.util.Date.from(T0)).append("deliveredAt", java.util.Date.from(T0));
        org.bson.Document owed = new org.bson.Document("eventId", "job-ord-1:2").append("type", "ACCEPTED")
                .append("occurredAt", java.util.Date.from(T0.plusSeconds(5))).append("memberId", "mbr-a")
                .append("attempts", 3).append("nextAttemptAt", java.util.Date.from(T0.plusSeconds(60)))
                .append("lastError", "HTTP 503");
        mongo.getCollection("jobs").updateOne(new org.bson.Document("_id", "job-ord-1"), new org.bson.Document("$set",
                new org.bson.Document("outbox", java.util.List.of(delivered, owed))));
        List<JobEvent> before = jobs.byId("job-ord-1").orElseThrow().outbox();

        UpgradeStoredEventsAtStartup upgrade = new UpgradeStoredEventsAtStartup(mongo, java.time.Clock.systemUTC());
        assertThat(upgrade.upgrade()).isEqualTo(1);
        assertThat(upgrade.upgrade()).as("once").isZero();

        assertThat(jobs.byId("job-ord-1").orElseThrow().outbox()).isEqualTo(before);
        assertThat(events().ownersDue(T0.plusSeconds(59), 10)).as("the delivered one is not due").isEmpty();
        OutboxMessage next = events().load("job-ord-1").orElseThrow().nextDue(T0.plusSeconds(60)).orElseThrow();
        assertThat(next.id()).isEqualTo("job-ord-1:2");
        assertThat(events().claim("job-ord-1", next, "relay-1", T0.plusSeconds(90))).isPresent();
        assertThat(jobs.find(new Jobs.JobQuery(null, null, true, 0, 10)).content()).as("tried 3 times: shown")
                .extracting(Job::id).containsExactly("job-ord-1");
    }

    /**
     * Issue 15: the search for the old shape reads every job on the embedded store; with 100,000 jobs it outlasted
     * the driver's socket timeout at each start and provider-service could not start. Done once, it is not read again.
     */
    @Test
    void theUpgradeOfStoredEventsRunsOncePerInstallationNotAtEveryStart() {
        mongo.dropCollection(UpgradeStoredEventsAtStartup.UPGRADES);
        UpgradeStoredEventsAtStartup upgrade = new UpgradeStoredEventsAtStartup(mongo, java.time.Clock.systemUTC());
        assertThat(upgrade.done()).isFalse();
        upgrade.run(null);
        assertThat(upgrade.done()).as("marked done, with nothing to rewrite").isTrue();

        jobs.insert(Jobs_.offered());
        org.bson.Document oldShape = new org.bson.Document("eventId", "job-ord-1:1").append("type", "OFFERED")
                .append("occurredAt", java.util.Date.from(T0)).append("memberId", "mbr-a").append("attempts", 1)
                .append("nextAttemptAt", java.util.Date.from(T0));
        mongo.getCollection("jobs").updateOne(new org.bson.Document("_id", "job-ord-1"), new org.bson.Document("$set",
                new org.bson.Document("outbox", java.util.List.of(oldShape))));
        upgrade.run(null);
        assertThat(mongo.getCollection("jobs").find(new org.bson.Document("_id", "job-ord-1")).first()
                .getList("outbox", org.bson.Document.class).get(0)).as("a later start reads no job")
                .doesNotContainKey("id").containsEntry("eventId", "job-ord-1:1");
    }

    @Test
    void noticesAreStoredAndReadBackWhole() {
        Job job = Jobs_.offered();
        job.cancel("client absent", fr.centreisere.concierge.provider.job.MemberNotice.Actor.CUSTOMER, T0.plusSeconds(5));
        jobs.insert(job);
        assertThat(jobs.byId(job.id()).orElseThrow().notices()).isEqualTo(job.notices()).hasSize(2);
    }

    @Test
    void expiredOffersAreFoundAndOthersAreNot() {
        jobs.insert(Jobs_.offered()); // expires at T0 + 1 h
        assertThat(jobs.withOfferExpiredAt(T0.plusSeconds(3599), 10)).isEmpty();
        assertThat(jobs.withOfferExpiredAt(T0.plusSeconds(3600), 10)).extracting(Job::id).containsExactly("job-ord-1");
        Job read = jobs.byId("job-ord-1").orElseThrow();
        read.accept("mbr-a", T0);
        jobs.update(read);
        assertThat(jobs.withOfferExpiredAt(T0.plusSeconds(7200), 10)).isEmpty();
    }

    @Test
    void listsAreFilteredByMemberAndStateAndPaged() {
        for (int i = 1; i <= 3; i++) {
            jobs.insert(Jobs_.dispatch(Jobs_.order("ord-" + i), Jobs_.rotation(T0, "mbr-a"), T0, T0.plusSeconds(60)));
        }
        jobs.insert(Jobs_.dispatch(Jobs_.order("ord-9"), Jobs_.rotation(T0, "mbr-b"), T0, T0.plusSeconds(60)));
        Page<Job> page = jobs.find(new Jobs.JobQuery("mbr-a", JobState.OFFERED, 0, 2));
        assertThat(page.totalElements()).isEqualTo(3);
        assertThat(page.content()).hasSize(2).allMatch(j -> j.memberId().equals("mbr-a"));
        assertThat(jobs.find(new Jobs.JobQuery("mbr-a", JobState.DONE, 0, 2)).totalElements()).isZero();
        assertThat(jobs.find(new Jobs.JobQuery(null, null, 0, 10)).totalElements()).isEqualTo(4);
    }

    @Test
    void completedJobsAreFoundByCompletionTime() {
        Job job = Jobs_.offered();
        jobs.insert(job);
        Job read = jobs.byId(job.id()).orElseThrow();
        read.accept("mbr-a", T0);
        read.start("mbr-a", T0);
        read.complete("mbr-a", 2, 1, null, T0.plusSeconds(100));
        jobs.update(read);
        assertThat(jobs.completedBetween(T0, T0.plusSeconds(101))).hasSize(1);
        assertThat(jobs.completedBetween(T0.plusSeconds(101), T0.plusSeconds(1000))).isEmpty();
    }
}
