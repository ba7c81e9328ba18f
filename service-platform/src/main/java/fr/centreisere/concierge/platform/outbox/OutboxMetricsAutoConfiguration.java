package fr.centreisere.concierge.platform.outbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** The outboxes' gauge ({@link OutboxMeters}) in every service that has Micrometer and relays. */
@AutoConfiguration
@ConditionalOnClass(name = { "io.micrometer.core.instrument.binder.MeterBinder", "com.mongodb.client.MongoClient",
        "org.springframework.data.mongodb.core.MongoTemplate" })
public class OutboxMetricsAutoConfiguration {

    @Bean
    OutboxMeters outboxMeters(ObjectProvider<OutboxRelay> relays) {
        return new OutboxMeters(relays);
    }
}
