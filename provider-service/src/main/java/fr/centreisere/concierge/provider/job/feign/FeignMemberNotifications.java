package fr.centreisere.concierge.provider.job.feign;

import java.util.Optional;

import feign.FeignException;
import fr.centreisere.concierge.provider.job.MemberNotifications;
import fr.centreisere.concierge.provider.job.NoticeMessage;
import org.springframework.stereotype.Component;

/**
 * Notices to notification-service over OpenFeign (timeouts and a Resilience4j circuit breaker from the
 * settings, breaker {@code NotificationServiceClienteventNoticeMessage}). No fallback: an undelivered
 * notice stays in the job and is sent again. Any 2xx is delivered (202 stored, 200 already known); 400 and
 * 422 are final; anything else, a time-out or an open breaker is tried again.
 */
@Component
class FeignMemberNotifications implements MemberNotifications {

    private final NotificationServiceClient client;

    FeignMemberNotifications(NotificationServiceClient client) {
        this.client = client;
    }

    @Override
    public void deliver(NoticeMessage message) {
        try {
            client.event(message);
        } catch (RuntimeException failure) {
            refusal(failure).ifPresent(refused -> {
                throw new Refused("notification-service refused event " + message.eventId() + " (" + refused.status()
                        + "): " + refused.contentUTF8(), failure);
            });
            throw new Undelivered("notification-service did not take event " + message.eventId() + ": "
                    + describe(failure), failure);
        }
    }

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

    /** 400 and 422 are notification-service's final word on an event (the contract); other statuses may pass. */
    private static Optional<FeignException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof FeignException feign && (feign.status() == 400 || feign.status() == 422)) {
                return Optional.of(feign);
            }
        }
        return Optional.empty();
    }
}
