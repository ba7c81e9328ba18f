package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends a job's undelivered outcomes to order-service, oldest first, stopping at the first failure
 * (order-service sees them in order). A failed event is retried later with exponential backoff; it
 * stays in the job until delivered, so nothing is lost while order-service is down. An event that
 * order-service refuses as invalid would be refused again: it is set aside with the refusal (shown to
 * coordinators) and the next one goes on.
 */
public class RelayJobEvents {

    private final Jobs jobs;
    private final OrderEvents orderEvents;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;

    public RelayJobEvents(Jobs jobs, OrderEvents orderEvents, Clock clock, Duration firstRetry, Duration maxRetry) {
        this.jobs = jobs;
        this.orderEvents = orderEvents;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    /** Tries to deliver the job's due events now; returns how many were delivered. Never throws. */
    public int relay(Job job) {
        int delivered = 0;
        for (JobEvent event : job.undelivered()) {
            Instant now = clock.instant();
            if (event.nextAttemptAt() != null && event.nextAttemptAt().isAfter(now)) {
                break;
            }
            try {
                orderEvents.deliver(job.order().orderId(), job.id(), event);
            } catch (OrderEvents.Refused refused) {
                jobs.markRefused(job.id(), event.eventId(), now, shorten(refused.getMessage()));
                continue;
            } catch (RuntimeException failure) {
                int attempts = event.attempts() + 1;
                jobs.markAttemptFailed(job.id(), event.eventId(), attempts, now.plus(backoff(attempts)),
                        shorten(failure.getMessage()));
                break;
            }
            jobs.markDelivered(job.id(), event.eventId(), clock.instant());
            delivered++;
        }
        return delivered;
    }

    /** One pass of the scheduler: every job with an event due. */
    public int relayDue(int limit) {
        int delivered = 0;
        List<Job> due = jobs.withEventsDue(clock.instant(), limit);
        for (Job job : due) {
            delivered += relay(job);
        }
        return delivered;
    }

    private static String shorten(String text) {
        String said = text == null ? "" : text;
        return said.length() > 300 ? said.substring(0, 300) : said;
    }

    Duration backoff(int attempts) {
        return new Backoff(firstRetry, maxRetry).after(attempts);
    }
}
