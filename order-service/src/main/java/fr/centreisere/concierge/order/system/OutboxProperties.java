package fr.centreisere.concierge.order.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How orders' outboxes are sent to provider-service ({@code concierge.orders.outbox.*}, env
 * {@code CONCIERGE_ORDERS_OUTBOX_*}).
 *
 * @param enabled    whether this instance runs the scheduler (every instance may: leases keep them apart)
 * @param interval   pause between two rounds of the scheduler
 * @param firstRetry wait after the first failure; doubled after each further failure
 * @param maxRetry   longest wait between two attempts
 * @param jitter     ± fraction of randomness on each wait
 * @param lease      how long a sender holds a message it is sending
 * @param batchSize  orders looked at per round
 */
@ConfigurationProperties("concierge.orders.outbox")
record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration interval,
        @DefaultValue("2s") Duration firstRetry, @DefaultValue("5m") Duration maxRetry,
        @DefaultValue("0.2") double jitter, @DefaultValue("30s") Duration lease, @DefaultValue("50") int batchSize) {
}
