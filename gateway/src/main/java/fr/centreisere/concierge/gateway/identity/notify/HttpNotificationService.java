package fr.centreisere.concierge.gateway.identity.notify;

import java.time.Duration;
import java.util.Map;

import fr.centreisere.concierge.gateway.identity.NotificationService;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * {@link NotificationService} over HTTP (docs/INTERNAL-API.md): the client is given its base URL (a
 * fixed one, or {@code notification-service} resolved by the load balancer through Eureka) and the
 * internal token header. 2xx → delivered, 400/422 → refused for good, anything else, or no answer
 * within the timeout → failed (retried).
 */
public class HttpNotificationService implements NotificationService {

    private final WebClient notificationService;
    private final Duration timeout;

    public HttpNotificationService(WebClient notificationService, Duration timeout) {
        this.notificationService = notificationService;
        this.timeout = timeout;
    }

    @Override
    public Mono<Delivery> sendEvent(Map<String, Object> event) {
        return call(notificationService.post().uri("/internal/notifications/events")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(event));
    }

    @Override
    public Mono<Delivery> putRecipient(String userId, Map<String, Object> recipient) {
        return call(notificationService.put().uri("/internal/recipients/{userId}", userId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(recipient));
    }

    private Mono<Delivery> call(WebClient.RequestHeadersSpec<?> request) {
        return request.exchangeToMono(answer -> answer.releaseBody().thenReturn(delivery(answer.statusCode())))
                .timeout(timeout)
                .onErrorResume(failure -> Mono.just(new Delivery(Outcome.FAILED, failure.toString())));
    }

    private static Delivery delivery(HttpStatusCode status) {
        if (status.is2xxSuccessful()) {
            return Delivery.delivered();
        }
        Outcome outcome = status.value() == 400 || status.value() == 422 ? Outcome.REFUSED : Outcome.FAILED;
        return new Delivery(outcome, "HTTP " + status.value());
    }
}
