package fr.centreisere.concierge.provider.job;

/** The job is no longer in a state that allows this (answered with 409). */
public class ForbiddenTransition extends RuntimeException {
    public ForbiddenTransition(String jobId, String action, JobState state) {
        super("impossible de « %s » : le travail %s est %s / cannot %s: job %s is %s"
                .formatted(action, jobId, state, action, jobId, state));
    }

    public ForbiddenTransition(String message) {
        super(message);
    }
}
