package fr.centreisere.concierge.provider.job;

/** No such job, or not one the caller may see (answered with 404). */
public class JobNotFound extends RuntimeException {
    public JobNotFound(String what) {
        super("travail introuvable / job not found: " + what);
    }
}
