package fr.centreisere.concierge.provider.job.feign;

import java.util.Optional;

import feign.FeignException;
import fr.centreisere.concierge.provider.job.JobEvent;
import fr.centreisere.concierge.provider.job.OrderEvents;
import org.springframework.stereotype.Component;

/**
 * Job outcomes to order-service over OpenFeign (timeouts and a Resilience4j circuit breaker from the
 * settings). No fallback: an undelivered outcome stays in the job's outbox and is sent again later.
 */
@Component
class FeignOrderEvents implements OrderEvents {

    private final OrderServiceClient client;

    FeignOrderEvents(OrderServiceClient client) {
        this.client = client;
    }

    @Override
    public void deliver(String orderId, String jobId, JobEvent event) {
        try {
            client.jobEvent(orderId, new OrderServiceClient.JobEventMessage(event.eventId(), event.type().name(), jobId,
                    event.memberId(), event.occurredAt(), event.reason(), event.hoursWorked(), event.insertionHours(),
                    event.unassignedReason() == null ? null : event.unassignedReason().name()));
        } catch (RuntimeException failure) {
            refusal(failure).ifPresent(refused -> {
                throw new Refused("order-service refused event " + event.eventId() + " (" + refused.status() + "): "
                        + refused.contentUTF8(), failure);
            });
            throw new Undelivered("order-service did not take event " + event.eventId() + ": " + describe(failure),
                    failure);
        }
    }

    /** What went wrong, said by the innermost cause (the breaker wraps the HTTP status or the time-out). */
    private static String describe(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof FeignException feign && feign.status() > 0) {
                return "HTTP " + feign.status();
            }
            innermost = cause;
        }
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }

    /** A 4xx other than 408 and 429 is order-service's final word: sending the same event again gets the same. */
    private static Optional<FeignException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof FeignException.FeignClientException refused && refused.status() != 408
                    && refused.status() != 429) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
