package fr.centreisere.concierge.order.system;

import fr.centreisere.concierge.order.orders.DeliverMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends what orders' outboxes hold, every {@code concierge.orders.outbox.interval}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "concierge.orders.outbox.enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final DeliverMessages delivery;

    OutboxSchedule(DeliverMessages delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${concierge.orders.outbox.interval:5s}",
            initialDelayString = "${concierge.orders.outbox.interval:5s}")
    void deliverDue() {
        try {
            int sent = delivery.deliverDue();
            if (sent > 0) {
                log.info("Outbox: {} message(s) delivered to provider-service", sent);
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment: the next round tries again
            log.warn("Outbox round failed: {}", e.toString());
        }
    }
}
