package fr.centreisere.concierge.provider.system;

import java.time.Clock;

import fr.centreisere.concierge.platform.due.DueSetReconciliation;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.outbox.GiveUp;
import fr.centreisere.concierge.platform.outbox.OutboxRelay;
import fr.centreisere.concierge.platform.outbox.OutboxSender;
import fr.centreisere.concierge.platform.outbox.OutboxSettings;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.OutboxEntry;
import fr.centreisere.concierge.provider.job.RelayJobEvents;
import fr.centreisere.concierge.provider.job.RelayMemberNotices;
import fr.centreisere.concierge.provider.job.mongo.JobOutboxes;
import fr.centreisere.concierge.provider.job.mongo.OpenOffersDueSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The jobs' two outboxes on the platform outbox (service-platform): one relay for the outcomes to
 * order-service ({@code provider.outbox.*}), one for the notices to notification-service
 * ({@code provider.notices.outbox.*}), each on its own thread, so that neither waits for the other. Their
 * rounds run where {@code provider.schedules.enabled} (every instance may: leases keep them apart).
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    /** order-service's answer to an outcome: a 4xx other than 408 and 429 is final, the same event gets the same. */
    static final GiveUp ORDER_SERVICE_REFUSES = (message, attempts, failure) -> failure.status() != null
            && failure.status() >= 400 && failure.status() < 500 && failure.status() != 408 && failure.status() != 429;

    /** The jobs with a message pending or an open offer: marked by the jobs' repository, read by the sweeps. */
    @Bean
    DueSets dueSets(MongoTemplate mongo) {
        return new DueSets(mongo);
    }

    /** Not delivered on a mark: each use case delivers its job's outcome itself, right after its write. */
    /** The open offers' due set kept complete across crashes (its schedule: job/schedule/JobSchedules). */
    @Bean
    DueSetReconciliation openOffersReconciliation(MongoTemplate mongo, Clock clock, Jobs jobs) {
        return OpenOffersDueSet.reconciliation(mongo, clock, jobs);
    }

    @Bean
    OutboxRelay jobEventsRelay(MongoTemplate mongo, Environment environment, Clock clock,
            @Qualifier("orderEventsSender") OutboxSender orderEvents, DueSets dueSets) {
        return OutboxRelay.builder(mongo, JobOutboxes.EVENTS).dueSets(dueSets).deliverOnWrite(false)
                .settings(OutboxSettings.bind(environment, "provider.outbox")).clock(clock)
                .destination(OutboxEntry.ORDER_SERVICE, orderEvents, ORDER_SERVICE_REFUSES)
                .build();
    }

    /** Delivered on a mark: a notice leaves right after the write that added it, on the relay's thread. */
    @Bean
    OutboxRelay memberNoticesRelay(MongoTemplate mongo, Environment environment, Clock clock,
            @Qualifier("memberNoticesSender") OutboxSender notices, DueSets dueSets) {
        return OutboxRelay.builder(mongo, JobOutboxes.NOTICES).dueSets(dueSets)
                .settings(OutboxSettings.bind(environment, "provider.notices.outbox")).clock(clock)
                .destination(OutboxEntry.NOTIFICATION_SERVICE, notices, GiveUp.onStatus(400, 422))
                .build();
    }

    @Bean
    RelayJobEvents relayJobEvents(@Qualifier("jobEventsRelay") OutboxRelay relay) {
        return new RelayJobEvents() {
            @Override
            public int relay(Job job) {
                return relay.deliverQuietly(job.id());
            }

            @Override
            public int relayDue(int limit) {
                return relay.deliverDue();
            }
        };
    }

    @Bean
    RelayMemberNotices relayMemberNotices(@Qualifier("memberNoticesRelay") OutboxRelay relay) {
        return new RelayMemberNotices() {
            @Override
            public int relay(Job job) {
                return relay.deliverQuietly(job.id());
            }

            @Override
            public int relayDue(int limit) {
                return relay.deliverDue();
            }
        };
    }
}
