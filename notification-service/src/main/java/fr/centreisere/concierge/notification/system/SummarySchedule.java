package fr.centreisere.concierge.notification.system;

import fr.centreisere.concierge.notification.summary.SendDailySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The coordinators' summary, every morning at {@code CONCIERGE_NOTIFICATION_SUMMARY_CRON} (07:00), Paris time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "concierge.notification.summary-enabled", havingValue = "true", matchIfMissing = true)
class SummarySchedule {

    private static final Logger log = LoggerFactory.getLogger(SummarySchedule.class);

    private final SendDailySummary summary;

    SummarySchedule(SendDailySummary summary) {
        this.summary = summary;
    }

    @Scheduled(cron = "${concierge.notification.summary-cron:0 0 7 * * *}", zone = "Europe/Paris")
    void sendSummary() {
        try {
            log.info("Coordinators' daily summary: {}", summary.run());
        } catch (RuntimeException e) {
            // the database away at 07:00: said in the log; the next morning's summary tells the rest
            log.warn("Coordinators' daily summary not sent: {}", e.toString());
        }
    }
}
