package fr.centreisere.concierge.gateway.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the accounts' outboxes reach notification-service (application.yml names the variables).
 *
 * @param url          a fixed base URL; empty: {@code notification-service} through Eureka and the load balancer
 * @param publicUrl    the web app's address the mailed links start with
 * @param timeout      the longest one call may take before it counts as failed
 * @param sweepEnabled whether this instance sends (tests that do not look at it turn it off)
 * @param retryBase    the wait after a first failure; doubled at each further one
 * @param retryMax     the longest wait between two attempts
 * @param lease        how long a claimed message is left to the instance that claimed it
 * @param batch        the most messages of each kind one sweep takes
 */
@ConfigurationProperties("concierge.notifications")
public record NotificationSettings(@DefaultValue("") String url, @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("5s") Duration timeout, @DefaultValue("true") boolean sweepEnabled,
        @DefaultValue("5s") Duration retryBase, @DefaultValue("5m") Duration retryMax, @DefaultValue("30s") Duration lease,
        @DefaultValue("20") int batch) {
}
