package fr.centreisere.concierge.provider.job.feign;

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
            throw new Undelivered("order-service did not take event " + event.eventId() + ": " + failure.getMessage(),
                    failure);
        }
    }
}
