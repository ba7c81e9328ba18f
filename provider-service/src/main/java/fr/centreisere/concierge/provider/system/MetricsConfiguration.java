package fr.centreisere.concierge.provider.system;

import fr.centreisere.concierge.provider.job.JobMeters;
import fr.centreisere.concierge.provider.job.metrics.MicrometerJobMeters;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job workflow's business meters (offers expired), in the service's meter registry — the one
 * {@code /actuator/prometheus} serves on the management port; none without a registry.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    JobMeters jobMeters(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? JobMeters.NONE : new MicrometerJobMeters(meters);
    }
}
