package fr.centreisere.concierge.provider.job;

/**
 * What the job workflow tells the service's meters (port; Micrometer's adapter is
 * {@code job.metrics.MicrometerJobMeters}), after the write of the fact.
 */
public interface JobMeters {

    /** Nothing measured (tests and tools that build the use cases themselves). */
    JobMeters NONE = job -> { };

    /** An offer ran out of time without an answer (its job was written moving on to the next member). */
    void offerExpired(Job job);
}
