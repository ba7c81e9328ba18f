package fr.centreisere.concierge.provider.job.feign;

import fr.centreisere.concierge.platform.outbox.FeignFailures;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.outbox.OutboxSender;
import fr.centreisere.concierge.platform.outbox.SendResult;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;
import org.springframework.stereotype.Component;

/**
 * Job outcomes to order-service over OpenFeign (timeouts and a Resilience4j circuit breaker from the
 * settings), for the platform outbox's relay. No fallback: an undelivered outcome stays in the job's
 * outbox and is sent again later. The member's name is read when the outcome leaves (order-service
 * names the member structure in the customer's messages).
 */
@Component("orderEventsSender")
class FeignOrderEvents implements OutboxSender {

    private final OrderServiceClient client;
    private final Members members;

    FeignOrderEvents(OrderServiceClient client, Members members) {
        this.client = client;
        this.members = members;
    }

    @Override
    public SendResult send(String jobId, OutboxMessage event) {
        String orderId = event.text("orderId") != null ? event.text("orderId") : jobId.replaceFirst("^job-", "");
        String memberId = event.text("memberId");
        String memberName = memberId == null ? null : members.byId(memberId).map(Member::name).orElse(null);
        Object hours = event.payload().get("hoursWorked");
        Object insertion = event.payload().get("insertionHours");
        try {
            client.jobEvent(orderId, new OrderServiceClient.JobEventMessage(event.id(), event.kind(), jobId, memberId,
                    memberName, event.createdAt(), event.text("reason"),
                    hours instanceof Number n ? n.doubleValue() : null,
                    insertion instanceof Number n ? n.doubleValue() : null, event.text("unassignedReason")));
            return SendResult.delivered();
        } catch (RuntimeException failure) {
            SendResult.Failed said = FeignFailures.of(failure);
            return SendResult.failed(said.status(),
                    "order-service did not take event " + event.id() + ": " + said.error());
        }
    }
}
