package fr.centreisere.concierge.provider.job.schedule;

import fr.centreisere.concierge.provider.job.ExpireOffers;
import fr.centreisere.concierge.provider.job.RelayJobEvents;
import fr.centreisere.concierge.provider.job.RelayMemberNotices;
import fr.centreisere.concierge.provider.job.RemindOffers;
import fr.centreisere.concierge.provider.job.RepairPlaces;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clocks of the job workflow: offers close to expiry are reminded, offers that ran out of time expire
 * and cascade; outcomes not yet delivered to order-service are sent again, and so, in a lane of their own,
 * are the notices to members' staff; places left held by no job after a crash are given back. All are safe
 * on several instances (conditional updates, idempotent receivers).
 *
 * <p>Fixed-delay tasks share one scheduler thread (with virtual threads, Spring runs them all there), so
 * the notices run at a fixed rate, each pass on a thread of its own, one pass at a time: a slow or absent
 * notification-service never holds up the outcomes to order-service.
 */
@Component
@ConditionalOnProperty(name = "provider.schedules.enabled", havingValue = "true", matchIfMissing = true)
class JobSchedules {

    private static final Logger log = LoggerFactory.getLogger(JobSchedules.class);
    private static final int BATCH = 100;

    private final ExpireOffers expireOffers;
    private final RelayJobEvents relay;
    private final RepairPlaces repairPlaces;
    private final RemindOffers remindOffers;
    private final RelayMemberNotices notices;
    private final AtomicBoolean relayingNotices = new AtomicBoolean();

    JobSchedules(ExpireOffers expireOffers, RelayJobEvents relay, RepairPlaces repairPlaces, RemindOffers remindOffers,
            RelayMemberNotices notices) {
        this.expireOffers = expireOffers;
        this.relay = relay;
        this.repairPlaces = repairPlaces;
        this.remindOffers = remindOffers;
        this.notices = notices;
    }

    @Scheduled(fixedDelayString = "${provider.dispatch.reminder-check-interval:PT30S}",
            initialDelayString = "${provider.dispatch.reminder-check-interval:PT30S}")
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

    @Scheduled(fixedRateString = "${provider.outbox.notice-relay-interval:PT2S}",
            initialDelayString = "${provider.outbox.notice-relay-interval:PT2S}")
    void relayNotices() {
        if (!relayingNotices.compareAndSet(false, true)) {
            return; // the previous pass is still sending
        }
        try {
            notices.relayDue(BATCH);
        } catch (RuntimeException e) {
            log.warn("notice relay pass failed; next pass will retry", e);
        } finally {
            relayingNotices.set(false);
        }
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
