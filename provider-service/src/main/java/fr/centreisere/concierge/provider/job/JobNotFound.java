package fr.centreisere.concierge.provider.job;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** No such job, or not one the caller may see (answered with 404). */
public class JobNotFound extends LocalizedException {

    public JobNotFound(String jobId) {
        super("job.not-found", jobId);
    }

    private JobNotFound(String code, String orderId) {
        super(code, orderId);
    }

    /** No job for that order (provider-service never took its dispatch, or it is unknown). */
    public static JobNotFound forOrder(String orderId) {
        return new JobNotFound("job.not-found-for-order", orderId);
    }
}
