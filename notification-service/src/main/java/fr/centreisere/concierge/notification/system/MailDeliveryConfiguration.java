package fr.centreisere.concierge.notification.system;

import java.time.Clock;

import fr.centreisere.concierge.notification.mail.DeliverMail;
import fr.centreisere.concierge.notification.mail.MailMeters;
import fr.centreisere.concierge.notification.mail.MailTransport;
import fr.centreisere.concierge.notification.mail.Mails;
import fr.centreisere.concierge.notification.mail.metrics.MicrometerMailMeters;
import fr.centreisere.concierge.notification.mail.mongo.MongoMails;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.outbox.GiveUp;
import fr.centreisere.concierge.platform.outbox.OutboxRelay;
import fr.centreisere.concierge.platform.outbox.OutboxSettings;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The mails' delivery: the platform outbox's relay over the {@code mails} collection (each mail is one
 * message), every {@code concierge.notification.outbox.interval}; retried with backoff while the mail
 * server is away, given up only for an address it refuses for good (reported as needing attention); each
 * attempt counted ({@code concierge.mails.sent}, by outcome).
 */
@Configuration(proxyBeanMethods = false)
class MailDeliveryConfiguration {

    @Bean
    DeliverMail deliverMail(Mails mails, MailTransport transport, ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return new DeliverMail(mails, transport, meters == null ? MailMeters.NONE : new MicrometerMailMeters(meters));
    }

    /** The mails not yet settled: marked by the mails' repository (which wakes the relay), read by its rounds. */
    @Bean
    DueSets dueSets(MongoTemplate mongo) {
        return new DueSets(mongo);
    }

    /** A mail leaves right after the write that stored it (on the relay's thread); the rounds retry. */
    @Bean
    OutboxRelay mailRelay(MongoTemplate mongo, Environment environment, Clock clock, DeliverMail deliverMail,
            DueSets dueSets) {
        return OutboxRelay.builder(mongo, MongoMails.LAYOUT).dueSets(dueSets)
                .settings(OutboxSettings.bind(environment, "concierge.notification.outbox"))
                .clock(clock)
                .destination(DeliverMail.DESTINATION, deliverMail, GiveUp.onStatus(DeliverMail.REFUSED_STATUS))
                .build();
    }
}
