package fr.centreisere.concierge.provider.job;

import java.util.Objects;

/**
 * A job as its reader sees it on the job sheet: with its {@link Visit} once accepted, for the staff of the
 * member holding it and coordinators; {@code visitUnavailable} when it should be there and order-service
 * did not give it (the job is shown all the same).
 */
public record JobSheet(Job job, Visit visit, boolean visitUnavailable) {

    public JobSheet {
        Objects.requireNonNull(job, "job");
    }

    public static JobSheet withoutVisit(Job job) {
        return new JobSheet(job, null, false);
    }
}
