package fr.centreisere.concierge.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MongoPingHealthAutoConfigurationTest {

    private MongoServer server;
    private String uri;

    @BeforeEach
    void startServerWithSeveralDatabases() {
        server = new MongoServer(new MemoryBackend());
        uri = server.bindAndGetConnectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase("catalog").getCollection("services").insertOne(new Document("_id", "svc-a"));
            client.getDatabase("order").getCollection("orders").insertOne(new Document("_id", "ord-a"));
        }
    }

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                        MongoPingHealthAutoConfiguration.class, MongoHealthContributorAutoConfiguration.class))
                .withPropertyValues("spring.mongodb.uri=" + uri, "spring.mongodb.database=catalog");
    }

    @Test
    void theMongoCheckPingsTheServicesOwnDatabaseAndIsUp() {
        runner().run(context -> {
            HealthIndicator mongo = context.getBean("mongoHealthContributor", HealthIndicator.class);
            assertThat(mongo).isNotInstanceOf(org.springframework.boot.mongodb.health.MongoHealthIndicator.class);
            var health = mongo.health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("database", "catalog");
        });
    }

    @Test
    void theMongoCheckIsDownWhenTheServerIsGone() {
        runner().withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300")
                .run(context -> assertThat(context.getBean("mongoHealthContributor", HealthIndicator.class)
                        .health(true).getStatus()).isEqualTo(Status.DOWN));
    }
}
