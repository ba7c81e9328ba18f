package fr.centreisere.concierge.testsupport;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives every Spring test context of a service a MongoDB wire-protocol server of its own
 * (mongo-java-server, in memory, on a free port), unless the test class says
 * {@link WithoutMongoServer}. The service under test talks to it through its real MongoDB driver.
 */
public class MongoServerContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        if (TestContextAnnotationUtils.hasAnnotation(testClass, WithoutMongoServer.class)) {
            return null;
        }
        return new MongoServerContextCustomizer();
    }
}
