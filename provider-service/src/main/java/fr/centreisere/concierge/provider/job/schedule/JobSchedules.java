package fr.centreisere.concierge.provider.job.schedule;

import fr.centreisere.concierge.provider.job.ExpireOffers;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.RemindOffers;
import fr.centreisere.concierge.provider.job.RepairPlaces;
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
    private final Jobs jobs;

    JobSchedules(ExpireOffers expireOffers, RepairPlaces repairPlaces, RemindOffers remindOffers, Jobs jobs) {
        this.expireOffers = expireOffers;
        this.repairPlaces = repairPlaces;
        this.remindOffers = remindOffers;
        this.jobs = jobs;
    }

    /** Once ready: the open offers' due set gets what a crash between a write and its mark left out. */
    @EventListener(ApplicationReadyEvent.class)
    void reconcileOpenOffers() {
        try {
            int marked = jobs.markOpenOffersDue();
            if (marked > 0) {
                log.info("{} open offer(s) marked due at start", marked);
            }
        } catch (RuntimeException e) {
            log.warn("open offers not reconciled at start ({}); new offers are marked as they are written",
                    e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${provider.dispatch.place-repair-interval:5m}",
            initialDelayString = "${provider.dispatch.place-repair-interval:5m}")
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
