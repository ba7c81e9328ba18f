package fr.centreisere.concierge.provider.job.schedule;

import fr.centreisere.concierge.platform.due.DueSetReconciliation;
import fr.centreisere.concierge.provider.job.ExpireOffers;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.RemindOffers;
import fr.centreisere.concierge.provider.job.RepairPlaces;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clocks of the job workflow: offers close to expiry are reminded, offers that ran out of time expire
 * and cascade; places left held by no job after a crash are given back. All are safe on several instances
 * (conditional updates). Expiry and reminders read the open offers' due set, not the jobs (see
 * {@link Jobs#markOpenOffersDue}). The outboxes' rounds are the platform relays' own (system/OutboxConfiguration).
 */
@Component
@ConditionalOnProperty(name = "provider.schedules.enabled", havingValue = "true", matchIfMissing = true)
class JobSchedules {

    private static final Logger log = LoggerFactory.getLogger(JobSchedules.class);
    private static final int BATCH = 100;

    private final ExpireOffers expireOffers;
    private final RepairPlaces repairPlaces;
    private final RemindOffers remindOffers;
    private final DueSetReconciliation openOffers;

    JobSchedules(ExpireOffers expireOffers, RepairPlaces repairPlaces, RemindOffers remindOffers,
            DueSetReconciliation openOffersReconciliation) {
        this.expireOffers = expireOffers;
        this.repairPlaces = repairPlaces;
        this.remindOffers = remindOffers;
        this.openOffers = openOffersReconciliation;
    }

    /**
     * Once ready: the open offers' due set gets what a crash between a write and its mark left out, read from the
     * jobs only when an instance died without stopping (or none was ever recorded), not at every start.
     */
    @EventListener(ApplicationReadyEvent.class)
    void reconcileOpenOffersIfOwed() {
        openOffers.start();
    }

    /** Every minute ({@link fr.centreisere.concierge.platform.due.DueSetWriters#HEARTBEAT}): alive; finds the dead. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void openOffersHeartbeat() {
        openOffers.heartbeat();
    }

    /** A clean stop: the next start need not read the offered jobs. */
    @PreDestroy
    void stopped() {
        openOffers.stop();
    }

    @Scheduled(fixedDelayString = "${provider.dispatch.place-repair-interval:30m}",
            initialDelayString = "${provider.dispatch.place-repair-interval:30m}")
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

    @Scheduled(fixedDelayString = "${provider.dispatch.reminder-check-interval:30s}",
            initialDelayString = "${provider.dispatch.reminder-check-interval:30s}")
    void remindOffers() {
        try {
            int reminded = remindOffers.remindDue(BATCH);
            if (reminded > 0) {
                log.info("{} offer(s) close to expiry reminded", reminded);
            }
        } catch (RuntimeException e) {
            log.warn("offer reminder pass failed; next pass will retry", e);
        }
    }

    @Scheduled(fixedDelayString = "${provider.dispatch.expiry-check-interval:15s}",
            initialDelayString = "${provider.dispatch.expiry-check-interval:15s}")
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
}
