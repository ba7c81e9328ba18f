package fr.centreisere.concierge.provider.job;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/**
 * The job is no longer in a state that allows this (answered with 409): {@code job.cannot.<action>} with
 * the job's id and state ({@code action}: {@code accept}, {@code decline}, {@code expire}, {@code start},
 * {@code complete}, {@code correct-report}, {@code offer}, {@code reassign}, {@code reschedule},
 * {@code give-up}, {@code cancel}).
 */
public class ForbiddenTransition extends LocalizedException {

    public ForbiddenTransition(String jobId, String action, JobState state) {
        super("job.cannot." + action, jobId, state);
    }
}
