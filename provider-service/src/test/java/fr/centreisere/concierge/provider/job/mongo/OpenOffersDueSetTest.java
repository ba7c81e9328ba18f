package fr.centreisere.concierge.provider.job.mongo;

import static fr.centreisere.concierge.provider.job.Jobs_.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import fr.centreisere.concierge.platform.due.DueSet;
import fr.centreisere.concierge.platform.due.DueSetReconciliation;
import fr.centreisere.concierge.platform.due.DueSetWriters;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Jobs_;
import fr.centreisere.concierge.testsupport.MutableClock;
import fr.centreisere.concierge.testsupport.RecordedCommands;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Offer expiry and reminders read the open offers' due set and the jobs it names by id, never the jobs'
 * history (asserted on the commands the store receives), and the set follows every write of a job.
 */
@DataMongoTest
@Import({ MongoJobs.class, DueSets.class, OpenOffersDueSetTest.Recorder.class })
class OpenOffersDueSetTest {

    static final RecordedCommands commands = new RecordedCommands();

    @TestConfiguration
    static class Recorder {
        @Bean
        MongoClientSettingsBuilderCustomizer recordCommands() {
            return settings -> settings.addCommandListener(commands);
        }
    }

    @Autowired
    MongoJobs jobs;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DueSets dueSets;

    @BeforeEach
    void empty() {
        mongo.getDb().drop();
    }

    private DueSet openOffers() {
        return dueSets.named(MongoJobs.OPEN_OFFERS);
    }

    /** The filters of the {@code find}s the store received on the jobs. */
    private static List<BsonDocument> findsOnJobs() {
        return commands.filters("find", "jobs");
    }

    private static Job done(String orderId) {
        Job job = Jobs_.dispatch(Jobs_.order(orderId), Jobs_.rotation(T0, "mbr-a"), T0, T0.plusSeconds(3600));
        job.accept("mbr-a", T0.plusSeconds(60));
        job.start("mbr-a", T0.plusSeconds(60));
        job.complete("mbr-a", 2, 1, null, T0.plusSeconds(60));
        return job;
    }

    @Test
    void theSweepsReadTheOpenOffersByIdNeverTheClosedHistory() {
        for (int i = 0; i < 200; i++) {
            jobs.insert(done("ord-old-" + i));
        }
        jobs.insert(Jobs_.offered()); // expires at T0 + 1 h
        assertThat(openOffers().size()).as("only the open offer is pending").isEqualTo(1);
        commands.clear();

        assertThat(jobs.withOfferExpiredAt(T0.plusSeconds(3600), 10)).extracting(Job::id).containsExactly("job-ord-1");
        assertThat(jobs.withOfferReminderDueAt(T0.plusSeconds(3600), 10)).isEmpty();

        assertThat(findsOnJobs()).isNotEmpty().allSatisfy(filter -> assertThat(filter.keySet()).containsExactly("_id"));
        commands.clear();
        openOffers().clear(openOffers().entry("job-ord-1").orElseThrow());
        assertThat(jobs.withOfferExpiredAt(T0.plusSeconds(3600), 10)).isEmpty();
        assertThat(findsOnJobs()).as("nothing pending: the jobs are not read").isEmpty();
    }

    @Test
    void anAcceptedOfferLeavesTheSetAtTheNextLook() {
        jobs.insert(Jobs_.offered());
        Job read = jobs.byId("job-ord-1").orElseThrow();
        read.accept("mbr-a", T0.plusSeconds(60));
        jobs.update(read);

        assertThat(jobs.withOfferExpiredAt(T0.plusSeconds(7200), 10)).isEmpty();
        assertThat(openOffers().size()).isZero();
    }

    @Test
    void aDeclinedOfferMovesToTheNextMemberAndStaysDueAtItsOwnTime() {
        jobs.insert(Jobs_.offered());
        Job read = jobs.byId("job-ord-1").orElseThrow();
        read.decline("mbr-a", "complet", T0.plusSeconds(60));
        read.offerTo(Jobs_.rotation(T0.plusSeconds(60), "mbr-b", "mbr-c"), T0.plusSeconds(60), T0.plusSeconds(3660));
        jobs.update(read);

        // past the first offer's reminder (its mark), before the new offer's: the entry moves to the new one's
        assertThat(jobs.withOfferExpiredAt(T0.plusSeconds(1830), 10)).isEmpty();
        Job stored = jobs.byId("job-ord-1").orElseThrow();
        assertThat(stored.state()).isEqualTo(JobState.OFFERED);
        assertThat(openOffers().entry("job-ord-1")).hasValueSatisfying(entry -> assertThat(entry.dueAt())
                .isEqualTo(MongoJobs.offerDueAt(stored).orElseThrow()));
        assertThat(jobs.withOfferExpiredAt(T0.plusSeconds(3660), 10)).extracting(Job::id).containsExactly("job-ord-1");
    }

    @Test
    void theStartsReconciliationFindsAnOfferWrittenWithoutItsMark() {
        jobs.insert(Jobs_.offered());
        openOffers().clear(openOffers().entry("job-ord-1").orElseThrow()); // as if the process died before its mark
        assertThat(jobs.withOfferExpiredAt(T0.plusSeconds(3600), 10)).isEmpty();

        assertThat(jobs.markOpenOffersDue()).isEqualTo(1);

        assertThat(jobs.withOfferExpiredAt(T0.plusSeconds(3600), 10)).extracting(Job::id).containsExactly("job-ord-1");
    }

    @Test
    void theOfferedJobsAreReadAtAFirstStartAndAfterAnInstanceDiedNotAfterACleanStop() {
        jobs.insert(Jobs_.offered());
        openOffers().clear(openOffers().entry("job-ord-1").orElseThrow()); // written by an earlier version: no mark
        MutableClock clock = new MutableClock(T0);
        commands.clear();

        DueSetReconciliation first = OpenOffersDueSet.reconciliation(mongo, clock, jobs);
        first.start();
        assertThat(wholeReadsOfTheJobs()).as("no record of earlier instances: read once").isNotEmpty();
        assertThat(openOffers().entry("job-ord-1")).as("the offer found").isPresent();
        first.stop();

        commands.clear();
        OpenOffersDueSet.reconciliation(mongo, clock, jobs).start(); // and it dies without stopping
        assertThat(wholeReadsOfTheJobs()).as("after a clean stop: not read").isEmpty();

        clock.advance(DueSetWriters.STALE_AFTER.plusMinutes(1));
        commands.clear();
        DueSetReconciliation third = OpenOffersDueSet.reconciliation(mongo, clock, jobs);
        third.start();
        assertThat(wholeReadsOfTheJobs()).as("an instance died without stopping: read").isNotEmpty();
        third.stop();
    }

    /** The reconciliation's read: jobs found by a filter that is not their id. */
    private static List<BsonDocument> wholeReadsOfTheJobs() {
        return findsOnJobs().stream().filter(filter -> !filter.keySet().equals(Set.of("_id"))).toList();
    }
}
