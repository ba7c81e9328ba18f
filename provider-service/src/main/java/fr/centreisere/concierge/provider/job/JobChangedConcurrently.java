package fr.centreisere.concierge.provider.job;

/** Someone changed the job between our read and our conditional write (answered with 409). */
public class JobChangedConcurrently extends RuntimeException {
    public JobChangedConcurrently(String jobId) {
        super("le travail a changé entre-temps (quelqu'un d'autre l'a traité) / the job changed meanwhile (someone else handled it): " + jobId);
    }
}
