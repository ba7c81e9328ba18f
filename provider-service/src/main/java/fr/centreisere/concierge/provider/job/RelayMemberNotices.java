package fr.centreisere.concierge.provider.job;

/**
 * Sends jobs' undelivered notices to notification-service (port; the platform outbox behind it), in a
 * relay of its own: it never waits for, nor holds up, the outcomes to order-service. A job's notices
 * leave in order; a failed one is tried again with backoff; one refused as invalid (400/422) is set aside
 * with the refusal (shown to coordinators) and the next goes on.
 */
public interface RelayMemberNotices {

    /** Tries to deliver the job's due notices now; never throws. */
    int relay(Job job);

    /** One round over every job with a notice due; returns how many were delivered or set aside. */
    int relayDue(int limit);
}
