package fr.centreisere.concierge.gateway.identity.bindings;

import java.time.Duration;

import fr.centreisere.concierge.gateway.identity.AccountBindings;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * {@link AccountBindings} over HTTP: {@code GET /internal/members/{id}} of provider-service and
 * {@code GET /internal/companies/{id}} of order-service (docs/INTERNAL-API.md), with the internal
 * token; 200 → exists, 404 → does not, anything else or no answer within the timeout →
 * {@link AccountBindings.OwnerUnavailable}. The clients are given their base URL (a fixed one, or the
 * service's name resolved by the load balancer through Eureka).
 */
public class HttpAccountBindings implements AccountBindings {

    static final String INTERNAL_TOKEN_HEADER = "X-Internal-Token";

    private final WebClient providerService;
    private final WebClient orderService;
    private final Duration timeout;

    public HttpAccountBindings(WebClient providerService, WebClient orderService, Duration timeout) {
        this.providerService = providerService;
        this.orderService = orderService;
        this.timeout = timeout;
    }

    @Override
    public Mono<Boolean> memberExists(String memberId) {
        return exists(providerService, "/internal/members/{id}", memberId, "provider-service");
    }

    @Override
    public Mono<Boolean> companyExists(String companyId) {
        return exists(orderService, "/internal/companies/{id}", companyId, "order-service");
    }

    private Mono<Boolean> exists(WebClient owner, String path, String id, String ownerName) {
        return owner.get().uri(path, id).retrieve().toBodilessEntity()
                .map(answer -> true)
                .timeout(timeout)
                .onErrorResume(WebClientResponseException.class, refused -> refused.getStatusCode() == HttpStatus.NOT_FOUND
                        ? Mono.just(false)
                        : Mono.error(new OwnerUnavailable(ownerName, refused)))
                .onErrorMap(failure -> !(failure instanceof OwnerUnavailable), failure -> new OwnerUnavailable(ownerName, failure));
    }
}
