package fr.centreisere.concierge.gateway.system;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * The readiness probe's {@code mongo} check: a {@code ping} of the identity database. Boot's
 * indicator sends {@code hello} to every database, which the embedded MongoDB-compatible server
 * refuses once a database exists. (The MVC services get the same check from service-platform.)
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    // this name replaces Boot's contributor; the check keeps its name "mongo"
    @Bean
    ReactiveHealthIndicator mongoHealthContributor(ReactiveMongoTemplate mongo) {
        return new AbstractReactiveHealthIndicator("MongoDB ping failed") {
            @Override
            protected Mono<Health> doHealthCheck(Health.Builder builder) {
                return mongo.executeCommand(new Document("ping", 1))
                        .map(answer -> builder.up().withDetail("database", "identity").withDetail("ping", answer.get("ok")).build());
            }
        };
    }
}
