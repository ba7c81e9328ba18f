package fr.centreisere.concierge.provider.job;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** Someone changed the job between our read and our conditional write (answered with 409). */
public class JobChangedConcurrently extends LocalizedException {

    public JobChangedConcurrently(String jobId) {
        super("job.changed-concurrently", jobId);
    }
}
