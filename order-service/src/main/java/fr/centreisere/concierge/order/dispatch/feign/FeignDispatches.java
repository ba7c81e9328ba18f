package fr.centreisere.concierge.order.dispatch.feign;

import feign.FeignException;
import fr.centreisere.concierge.order.dispatch.DispatchOutcome;
import fr.centreisere.concierge.order.dispatch.DispatchRefused;
import fr.centreisere.concierge.order.dispatch.DispatchRequest;
import fr.centreisere.concierge.order.dispatch.DispatchUnavailable;
import fr.centreisere.concierge.order.dispatch.Dispatches;
import fr.centreisere.concierge.order.dispatch.feign.ProviderClient.CancelBody;
import fr.centreisere.concierge.order.dispatch.feign.ProviderClient.DispatchAnswer;
import fr.centreisere.concierge.order.dispatch.feign.ProviderClient.DispatchBody;
import fr.centreisere.concierge.order.dispatch.feign.ProviderClient.ReassignBody;
import fr.centreisere.concierge.order.dispatch.feign.ProviderClient.SlotBody;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * provider-service through OpenFeign, with a timeout and a circuit breaker. A failure is
 * {@link DispatchUnavailable}: the message stays in the outbox. A cancel that provider-service
 * answers 404 (it never heard of the order) is done; a cancel or reassignment it refuses (4xx: the job
 * started, the member is suspended, the order is unknown) is {@link DispatchRefused}. A dispatch is
 * never refused here: whatever the answer, it stays in the outbox until provider-service takes it.
 */
@Component
class FeignDispatches implements Dispatches {

    private final ProviderClient client;

    FeignDispatches(ProviderClient client) {
        this.client = client;
    }

    @Override
    public DispatchOutcome dispatch(DispatchRequest request) {
        DispatchAnswer answer;
        try {
            answer = client.dispatch(new DispatchBody(request.orderId(), request.orderNumber(), request.serviceId(),
                    request.category(), request.communeInsee(), new SlotBody(request.date().toString(),
                            request.from().toString(), request.to().toString()),
                    request.quantity(), request.subtotalCents(), request.commissionCents()));
        } catch (RuntimeException e) {
            throw new DispatchUnavailable("provider-service did not take the dispatch of " + request.orderId(), e);
        }
        if (answer == null || answer.state() == null) {
            throw new DispatchUnavailable("provider-service gave no dispatch answer for " + request.orderId(), null);
        }
        return new DispatchOutcome(answer.jobId(), answer.state(), answer.memberId());
    }

    @Override
    public void cancel(String orderId, String reason) {
        ResponseEntity<Void> answer;
        try {
            answer = client.cancel(orderId, new CancelBody(reason));
        } catch (RuntimeException e) {
            throw failure("the cancellation of " + orderId, e);
        }
        // 404: provider-service has no job for this order, so there is nothing left to cancel
        if (answer == null || !(answer.getStatusCode().is2xxSuccessful() || answer.getStatusCode().value() == 404)) {
            throw new DispatchUnavailable("provider-service answered the cancellation of " + orderId + " with "
                    + (answer == null ? "nothing" : answer.getStatusCode()), null);
        }
    }

    @Override
    public void reassign(String orderId, String memberId, String decidedBy) {
        ResponseEntity<Void> answer;
        try {
            answer = client.reassign(orderId, new ReassignBody(memberId, decidedBy));
        } catch (RuntimeException e) {
            throw failure("the reassignment of " + orderId, e);
        }
        if (answer == null) {
            throw new DispatchUnavailable("provider-service gave no answer to the reassignment of " + orderId, null);
        }
        if (answer.getStatusCode().value() == 404) {
            throw new DispatchRefused("provider-service does not know order " + orderId + " (404)", null);
        }
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new DispatchUnavailable("provider-service answered the reassignment of " + orderId + " with "
                    + answer.getStatusCode(), null);
        }
    }

    /** A 4xx (409, 422, …) is provider-service's refusal; anything else (5xx, timeout, open circuit) is retried. */
    private static RuntimeException failure(String what, RuntimeException error) {
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof FeignException.FeignClientException refused) {
                return new DispatchRefused("provider-service refused " + what + " (" + refused.status() + "): "
                        + refused.contentUTF8(), error);
            }
        }
        return new DispatchUnavailable("provider-service did not take " + what, error);
    }
}
