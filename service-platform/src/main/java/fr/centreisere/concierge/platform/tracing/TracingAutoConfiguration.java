package fr.centreisere.concierge.platform.tracing;

import java.util.concurrent.Executors;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What makes one request followable from part to part, besides Boot's own tracing (Brave, W3C, the MDC):
 * the request id in the MDC and on every Feign call, the trace and the request id kept on the circuit
 * breaker's threads, and the tracer installed for the outbox's {@link CarriedTrace}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration" })
@ConditionalOnClass(Tracer.class)
public class TracingAutoConfiguration {

    @Bean
    @ConditionalOnBean({ Tracer.class, Propagator.class })
    CarriedTrace.Installation carriedTraceInstallation(Tracer tracer, Propagator propagator) {
        return new CarriedTrace.Installation(tracer, propagator);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "jakarta.servlet.Filter")
    static class ServletRequestId {

        /** Right after Spring's observation filter (which opens the request's span) and the malformed-request wall. */
        @Bean
        FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
            FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
            return registration;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "feign.RequestInterceptor")
    static class FeignRequestId {

        @Bean
        RequestIdFeignInterceptor requestIdFeignInterceptor() {
            return new RequestIdFeignInterceptor();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory")
    static class BreakerThreads {

        @Bean
        @ConditionalOnBean(Tracer.class)
        Customizer<Resilience4JCircuitBreakerFactory> traceCarryingBreakerThreads(Tracer tracer) {
            return factory -> {
                factory.configureExecutorService(new TraceCarryingExecutor(Executors.newCachedThreadPool(), tracer));
                factory.configureGroupExecutorService(
                        group -> new TraceCarryingExecutor(Executors.newCachedThreadPool(), tracer));
            };
        }
    }
}
