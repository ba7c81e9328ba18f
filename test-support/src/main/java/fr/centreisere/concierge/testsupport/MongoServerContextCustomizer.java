package fr.centreisere.concierge.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Starts the server when the context is built and stops it when the context is closed. */
final class MongoServerContextCustomizer implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        MongoServer server = new MongoServer(new MemoryBackend());
        String connectionString = server.bindAndGetConnectionString();
        TestPropertyValues.of("spring.mongodb.uri=" + connectionString).applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                server.shutdownNow();
            }
        });
    }

    // Every context gets its own server, and equal customizers let Spring cache contexts as usual.
    @Override
    public boolean equals(Object other) {
        return other instanceof MongoServerContextCustomizer;
    }

    @Override
    public int hashCode() {
        return MongoServerContextCustomizer.class.hashCode();
    }
}
