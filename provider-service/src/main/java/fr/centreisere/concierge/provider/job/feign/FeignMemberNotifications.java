package fr.centreisere.concierge.provider.job.feign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.platform.outbox.FeignFailures;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.outbox.OutboxSender;
import fr.centreisere.concierge.platform.outbox.SendResult;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;
import org.springframework.stereotype.Component;

/**
 * Notices to notification-service over OpenFeign (timeouts and a Resilience4j circuit breaker from the
 * settings, breaker {@code NotificationServiceClienteventMap}), for the notices' own relay. The stored
 * notice is the event but for its id and the member's contact address, read when it leaves so that a
 * corrected address serves the notices still waiting. Any 2xx is delivered (202 stored, 200 already
 * known); the relay gives up on 400 and 422 and tries anything else again.
 */
@Component("memberNoticesSender")
class FeignMemberNotifications implements OutboxSender {

    private final NotificationServiceClient client;
    private final Members members;

    FeignMemberNotifications(NotificationServiceClient client, Members members) {
        this.client = client;
        this.members = members;
    }

    @Override
    public SendResult send(String jobId, OutboxMessage notice) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", notice.id());
        event.putAll(notice.payload());
        Map<String, Object> to = new LinkedHashMap<>();
        if (notice.payload().get("to") instanceof Map<?, ?> stored) {
            stored.forEach((key, value) -> to.put(String.valueOf(key), value));
        }
        String memberId = to.get("memberId") == null ? null : to.get("memberId").toString();
        String contact = memberId == null ? null : members.byId(memberId).map(Member::contactEmail).orElse(null);
        to.put("emails", contact == null || contact.isBlank() ? List.of() : List.of(contact));
        event.put("to", to);
        try {
            client.event(event);
            return SendResult.delivered();
        } catch (RuntimeException failure) {
            SendResult.Failed said = FeignFailures.of(failure);
            return SendResult.failed(said.status(),
                    "notification-service did not take event " + notice.id() + ": " + said.error());
        }
    }
}
