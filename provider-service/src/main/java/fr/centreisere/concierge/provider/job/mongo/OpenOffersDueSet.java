package fr.centreisere.concierge.provider.job.mongo;

import java.time.Clock;

import fr.centreisere.concierge.platform.due.DueSetReconciliation;
import fr.centreisere.concierge.platform.due.DueSetWriters;
import fr.centreisere.concierge.provider.job.Jobs;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The open offers' due set ({@code due_job_offers}), which the expiry and reminder sweeps read instead of the jobs,
 * kept complete across crashes: its reconciliation (every offered job read: with 100,000 jobs stored, long enough
 * to hold the embedded store past the other parts' socket timeout at start) runs only when a provider-service
 * instance died without stopping, or once for a store that kept no record of its instances (issue 15).
 */
public final class OpenOffersDueSet {

    private OpenOffersDueSet() {
    }

    /** Started once the service is ready, beating every minute, stopped at a clean stop (job/schedule/JobSchedules). */
    public static DueSetReconciliation reconciliation(MongoTemplate mongo, Clock clock, Jobs jobs) {
        return new DueSetReconciliation(new DueSetWriters(mongo, MongoJobs.OPEN_OFFERS, clock), "open offers",
                jobs::markOpenOffersDue);
    }

    /** For a store whose open offers were all marked as they were written (the generated volume). */
    public static void markComplete(MongoTemplate mongo, Clock clock) {
        DueSetWriters.markComplete(mongo, MongoJobs.OPEN_OFFERS, clock);
    }
}
