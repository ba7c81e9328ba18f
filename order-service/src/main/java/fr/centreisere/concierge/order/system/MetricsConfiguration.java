package fr.centreisere.concierge.order.system;

import java.time.Clock;

import fr.centreisere.concierge.order.orders.OrderMeters;
import fr.centreisere.concierge.order.orders.metrics.MicrometerOrderMeters;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The orders' business meters (orders placed, dispatch time, orders unassigned), in the service's meter
 * registry — the one {@code /actuator/prometheus} serves on the management port; none without a registry.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    OrderMeters orderMeters(ObjectProvider<MeterRegistry> registry, Clock clock) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? OrderMeters.NONE : new MicrometerOrderMeters(meters, clock);
    }
}
