package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.Instant;

/**
 * Run by a scheduler: an offer still unanswered close to its expiry gets one reminder to its member. The
 * reminder is written with the offer's « reminded » mark in one conditional update of the job, so of two
 * sweeps (two instances) only one writes it, and a member answering at that moment wins or is reminded
 * of an offer it then answers.
 */
public class RemindOffers {

    private final Jobs jobs;
    private final Clock clock;

    public RemindOffers(Jobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Returns how many offers were reminded by this sweep. */
    public int remindDue(int limit) {
        Instant now = clock.instant();
        int reminded = 0;
        for (Job job : jobs.withOfferReminderDueAt(now, limit)) {
            if (!job.remind(now)) {
                continue;
            }
            try {
                jobs.update(job);
                reminded++;
            } catch (JobChangedConcurrently raced) {
                // another sweep reminded it, or the member answered: nothing to add
            }
        }
        return reminded;
    }
}
