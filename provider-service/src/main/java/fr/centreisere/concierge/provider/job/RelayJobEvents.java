package fr.centreisere.concierge.provider.job;

/**
 * Sends jobs' undelivered outcomes to order-service (port; the platform outbox behind it): a job's
 * outcomes leave in order, the next only once the previous is acknowledged or refused for good; a failed
 * one is tried again later with backoff and stays in the job until then, so nothing is lost while
 * order-service is down; one that order-service refuses as invalid is set aside with the refusal (shown
 * to coordinators) and the next goes on.
 */
public interface RelayJobEvents {

    /** Tries to deliver the job's due outcomes now, after the write that added them; never throws. */
    int relay(Job job);

    /** One round over every job with an outcome due; returns how many were delivered or set aside. */
    int relayDue(int limit);
}
