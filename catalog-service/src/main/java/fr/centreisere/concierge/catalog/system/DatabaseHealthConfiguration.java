package fr.centreisere.concierge.catalog.system;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The database's health, as the readiness probe's {@code mongo} check: a {@code ping} of the catalog's own
 * database. Boot's indicator sends {@code hello} to every database, which the embedded MongoDB-compatible
 * server refuses once a database exists, so the service would never be ready there; {@code ping} works on
 * both the embedded server and MongoDB.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    // this name replaces Boot's indicator; the check keeps its name "mongo"
    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new AbstractHealthIndicator("MongoDB ping failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document answer = mongo.executeCommand(new Document("ping", 1));
                builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
            }
        };
    }
}
