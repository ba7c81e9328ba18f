package fr.centreisere.concierge.order.dispatch.feign;

import java.time.LocalDate;
import java.time.LocalTime;

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
import fr.centreisere.concierge.order.dispatch.feign.ProviderJobClient.RescheduleBody;
import fr.centreisere.concierge.platform.i18n.Message;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * provider-service through OpenFeign, with a timeout and a circuit breaker. A failure is
 * {@link DispatchUnavailable}: the message stays in the outbox. A dispatch that provider-service refuses
 * as invalid (400 or 422) is {@link DispatchRefused}, with its problem's code: resending it would get
 * the same answer. A cancel that provider-service answers 404 (it never heard of the order) is done; a
 * cancel, reassignment or reschedule it refuses (4xx: the job started, the member is suspended, the
 * order is unknown) is {@link DispatchRefused}.
 */
@Component
class FeignDispatches implements Dispatches {

    private final ProviderClient client;
    private final ProviderJobClient jobs;

    FeignDispatches(ProviderClient client, ProviderJobClient jobs) {
        this.client = client;
        this.jobs = jobs;
    }

    @Override
    public DispatchOutcome dispatch(DispatchRequest request) {
        DispatchAnswer answer;
        try {
            answer = client.dispatch(new DispatchBody(request.orderId(), request.orderNumber(), request.serviceId(),
                    request.serviceName(), request.category(), request.communeInsee(), slot(request.date(), request.from(), request.to()),
                    request.quantity(), request.subtotalCents(), request.commissionCents()));
        } catch (RuntimeException e) {
            FeignException.FeignClientException refused = ProviderProblems.clientError(e);
            if (refused != null && (refused.status() == 400 || refused.status() == 422)) {
                throw refusal("the dispatch of " + request.orderId(), refused, e);
            }
            throw new DispatchUnavailable("provider-service did not take the dispatch of " + request.orderId(), e);
        }
        return outcome(answer, "dispatch", request.orderId());
    }

    @Override
    public DispatchOutcome reschedule(String orderId, LocalDate date, LocalTime from, LocalTime to) {
        DispatchAnswer answer;
        try {
            answer = jobs.reschedule(orderId, new RescheduleBody(slot(date, from, to)));
        } catch (RuntimeException e) {
            throw failure("the reschedule of " + orderId, e);
        }
        return outcome(answer, "reschedule", orderId);
    }

    @Override
    public void cancel(String orderId, @Nullable String reason, String by) {
        ResponseEntity<Void> answer;
        try {
            answer = client.cancel(orderId, new CancelBody(reason, by));
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
    public void reassign(String orderId, String memberId, String decidedBy, @Nullable String overrideReason) {
        ResponseEntity<Void> answer;
        try {
            answer = client.reassign(orderId, new ReassignBody(memberId, decidedBy, overrideReason != null,
                    overrideReason));
        } catch (RuntimeException e) {
            throw failure("the reassignment of " + orderId, e);
        }
        if (answer == null) {
            throw new DispatchUnavailable("provider-service gave no answer to the reassignment of " + orderId, null);
        }
        if (answer.getStatusCode().value() == 404) {
            throw new DispatchRefused(404, Message.of("order.provider.refused.unknown-order-or-member"),
                    "provider-service does not know order " + orderId + " (404)", null);
        }
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new DispatchUnavailable("provider-service answered the reassignment of " + orderId + " with "
                    + answer.getStatusCode(), null);
        }
    }

    private static SlotBody slot(LocalDate date, LocalTime from, LocalTime to) {
        return new SlotBody(date.toString(), from.toString(), to.toString());
    }

    private static DispatchOutcome outcome(@Nullable DispatchAnswer answer, String what, String orderId) {
        if (answer == null || answer.state() == null) {
            throw new DispatchUnavailable("provider-service gave no " + what + " answer for " + orderId, null);
        }
        return new DispatchOutcome(answer.jobId(), answer.state(), answer.memberId(),
                "UNASSIGNED".equals(answer.state()) ? answer.unassignedReason() : null);
    }

    /** A 4xx (404, 409, 422, …) is provider-service's refusal; anything else (5xx, timeout, open circuit) is retried. */
    private static RuntimeException failure(String what, RuntimeException error) {
        FeignException.FeignClientException refused = ProviderProblems.clientError(error);
        if (refused != null) {
            return refusal(what, refused, error);
        }
        return new DispatchUnavailable("provider-service did not take " + what, error);
    }

    private static DispatchRefused refusal(String what, FeignException refused, RuntimeException error) {
        Message reason = ProviderProblems.reason(refused);
        return new DispatchRefused(refused.status(), reason,
                "provider-service refused " + what + " (" + refused.status() + "): " + reason.code() + " " + reason.args(), error);
    }
}
