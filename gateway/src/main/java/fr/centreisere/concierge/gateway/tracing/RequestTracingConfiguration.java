package fr.centreisere.concierge.gateway.tracing;

import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request id, the trace forwarded to the services and the access log (see {@link RequestTracingFilter}). */
@Configuration(proxyBeanMethods = false)
class RequestTracingConfiguration {

    @Bean
    RequestTracingFilter requestTracingFilter(ObjectProvider<Propagator> propagator) {
        return new RequestTracingFilter(propagator.getIfAvailable(() -> Propagator.NOOP), new AccessLog());
    }
}
