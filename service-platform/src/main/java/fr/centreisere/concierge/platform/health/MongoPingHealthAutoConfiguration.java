package fr.centreisere.concierge.platform.health;

import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The readiness probe's {@code mongo} check: a {@code ping} of the service's own database. Boot's
 * indicator sends {@code hello} to every database on the server, which the embedded
 * MongoDB-compatible server refuses once a database exists, so a service would never be ready
 * there; {@code ping} of one's own database works on it and on MongoDB alike, and does not make a
 * service's health depend on other services' databases.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass({MongoTemplate.class, HealthIndicator.class})
public class MongoPingHealthAutoConfiguration {

    // this name replaces Boot's contributor; the check keeps its name "mongo"
    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    HealthIndicator mongoHealthContributor(MongoTemplate mongo) {
        return new AbstractHealthIndicator("MongoDB ping failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document answer = mongo.executeCommand(new Document("ping", 1));
                builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
            }
        };
    }
}
