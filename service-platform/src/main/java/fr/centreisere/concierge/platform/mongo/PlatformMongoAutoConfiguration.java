package fr.centreisere.concierge.platform.mongo;

import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The database away gives a quick, honest answer: the driver's timeouts are short
 * ({@link MongoTimeouts}), for the blocking and the reactive driver alike, and an MVC service
 * answers a failure to reach the store with {@code 503} and {@code Retry-After}
 * ({@link DatabaseUnavailableProblems}). The readiness check (a {@code ping}) fails as quickly, so the
 * service reads as not ready while the store is away.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration" })
@ConditionalOnClass({ MongoClientSettings.class, MongoClientSettingsBuilderCustomizer.class })
@EnableConfigurationProperties(MongoTimeouts.class)
public class PlatformMongoAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer conciergeMongoTimeouts(MongoTimeouts timeouts) {
        return new OrderedCustomizer(timeouts);
    }

    /** Before Boot's own customizer, which applies the connection string: its options win over these defaults. */
    private record OrderedCustomizer(MongoTimeouts timeouts) implements MongoClientSettingsBuilderCustomizer, Ordered {

        @Override
        public void customize(MongoClientSettings.Builder settings) {
            settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                    timeouts.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
            settings.applyToSocketSettings(socket -> socket
                    .connectTimeout(Math.toIntExact(timeouts.connectTimeout().toMillis()), TimeUnit.MILLISECONDS)
                    .readTimeout(Math.toIntExact(timeouts.socketTimeout().toMillis()), TimeUnit.MILLISECONDS));
            settings.applyToServerSettings(server -> server.heartbeatFrequency(
                    timeouts.heartbeatFrequency().toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.dao.DataAccessResourceFailureException")
    @Import(DatabaseUnavailableProblems.class)
    static class Servlet {
    }
}
