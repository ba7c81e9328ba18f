package fr.centreisere.concierge.provider.fill;

import fr.centreisere.concierge.provider.job.mongo.JobOutboxes;
import fr.centreisere.concierge.provider.job.mongo.OpenOffersDueSet;
import java.util.List;
import fr.centreisere.concierge.platform.outbox.OutboxLayout;
import fr.centreisere.concierge.platform.outbox.OutboxRelay;
import java.time.Clock;

import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.fill.FillJvm;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * provider-service's part of {@code ./concierge fill}, as a one-shot JVM: only the storage code
 * (members and their seed, jobs, places, ledgers) and the planner, no web server, no registry, no
 * schedules; plans and writes one batch, then ends. The launcher runs it with
 * {@code -Dloader.main=} this class (see the README, « Generated volume »).
 */
@SpringBootConfiguration
// only in the fill JVM: the service's own application scans this package too, and must leave it alone
@Profile(FillJvm.PROFILE)
@EnableAutoConfiguration
@ComponentScan(basePackages = { "fr.centreisere.concierge.provider.member.mongo",
        "fr.centreisere.concierge.provider.member.seed", "fr.centreisere.concierge.provider.job.mongo",
        "fr.centreisere.concierge.provider.fill" })
public class FillApplication {

    /** The seeds date what they create by it (the services' own clock is in their system package). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** What the repositories mark after their writes; the filler's messages are all delivered, so nothing is marked due. */
    @Bean
    DueSets dueSets(MongoTemplate mongo) {
        return new DueSets(mongo);
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FillApplication.class)
                .web(WebApplicationType.NONE).profiles(FillJvm.PROFILE).properties(FillJvm.PROPERTIES).run(args)) {
            context.getBean(FillProvider.class).fill();
            // the filler's messages are all delivered and its due sets complete: the relays' first start need not
            // read the generated volume whole to find marks a crash lost (issue 15)
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            Clock clock = context.getBean(Clock.class);
            for (OutboxLayout layout : List.of(JobOutboxes.EVENTS, JobOutboxes.NOTICES)) {
                OutboxRelay.markDueSetComplete(mongo, layout, clock);
            }
            OpenOffersDueSet.markComplete(mongo, clock); // every offered job was marked as it was written
        }
    }
}
