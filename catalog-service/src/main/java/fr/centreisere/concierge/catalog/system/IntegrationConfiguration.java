package fr.centreisere.concierge.catalog.system;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Feign clients to the other services (each behind a port of ours) and the scheduled coverage refresh. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackages = "fr.centreisere.concierge.catalog")
@EnableScheduling
class IntegrationConfiguration {
}
