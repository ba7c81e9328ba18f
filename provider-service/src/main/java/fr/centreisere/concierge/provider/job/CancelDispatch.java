package fr.centreisere.concierge.provider.job;

import java.time.Clock;

/** order-service cancelled the order: its job is cancelled (twice is fine). */
public class CancelDispatch {

    private final Jobs jobs;
    private final Clock clock;

    public CancelDispatch(Jobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    public Job cancel(String orderId, String reason) {
        Job job = jobs.byOrderId(orderId).orElseThrow(() -> new JobNotFound("order " + orderId));
        if (job.cancel(reason, clock.instant())) {
            jobs.update(job);
        }
        return job;
    }
}
