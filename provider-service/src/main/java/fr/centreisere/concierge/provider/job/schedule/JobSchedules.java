package fr.centreisere.concierge.provider.job.schedule;

import fr.centreisere.concierge.provider.job.ExpireOffers;
import fr.centreisere.concierge.provider.job.RelayJobEvents;
import fr.centreisere.concierge.provider.job.RepairPlaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clocks of the job workflow: offers that ran out of time expire and cascade; outcomes not yet
 * delivered to order-service are sent again; places left held by no job after a crash are given back. Both are safe on several instances (conditional updates,
 * idempotent receiver).
 */
@Component
@ConditionalOnProperty(name = "provider.schedules.enabled", havingValue = "true", matchIfMissing = true)
class JobSchedules {

    private static final Logger log = LoggerFactory.getLogger(JobSchedules.class);
    private static final int BATCH = 100;

    private final ExpireOffers expireOffers;
    private final RelayJobEvents relay;
    private final RepairPlaces repairPlaces;

    JobSchedules(ExpireOffers expireOffers, RelayJobEvents relay, RepairPlaces repairPlaces) {
        this.expireOffers = expireOffers;
        this.relay = relay;
        this.repairPlaces = repairPlaces;
    }

    @Scheduled(fixedDelayString = "${provider.dispatch.place-repair-interval:PT5M}",
            initialDelayString = "${provider.dispatch.place-repair-interval:PT5M}")
    void repairPlaces() {
        try {
            int givenBack = repairPlaces.sweep(5_000);
            if (givenBack > 0) {
                log.warn("{} place(s) held by no job (left by a crash between two writes) given back", givenBack);
            }
        } catch (RuntimeException e) {
            log.warn("place repair pass failed; next pass will retry", e);
        }
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
