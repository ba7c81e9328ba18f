package fr.centreisere.concierge.provider.job.schedule;

import fr.centreisere.concierge.provider.job.ExpireOffers;
import fr.centreisere.concierge.provider.job.RelayJobEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The two clocks of the job workflow: offers that ran out of time expire and cascade; outcomes not yet
 * delivered to order-service are sent again. Both are safe on several instances (conditional updates,
 * idempotent receiver).
 */
@Component
@ConditionalOnProperty(name = "provider.schedules.enabled", havingValue = "true", matchIfMissing = true)
class JobSchedules {

    private static final Logger log = LoggerFactory.getLogger(JobSchedules.class);
    private static final int BATCH = 100;

    private final ExpireOffers expireOffers;
    private final RelayJobEvents relay;

    JobSchedules(ExpireOffers expireOffers, RelayJobEvents relay) {
        this.expireOffers = expireOffers;
        this.relay = relay;
    }

    @Scheduled(fixedDelayString = "${provider.dispatch.expiry-check-interval:PT15S}",
            initialDelayString = "${provider.dispatch.expiry-check-interval:PT15S}")
    void expireOffers() {
        try {
            int expired = expireOffers.expireDue(BATCH);
            if (expired > 0) {
                log.info("{} offer(s) expired and moved on", expired);
            }
        } catch (RuntimeException e) {
            log.warn("offer expiry pass failed; next pass will retry", e);
        }
    }

    @Scheduled(fixedDelayString = "${provider.outbox.relay-interval:PT5S}",
            initialDelayString = "${provider.outbox.relay-interval:PT5S}")
    void relayOutcomes() {
        try {
            relay.relayDue(BATCH);
        } catch (RuntimeException e) {
            log.warn("outcome relay pass failed; next pass will retry", e);
        }
    }
}
