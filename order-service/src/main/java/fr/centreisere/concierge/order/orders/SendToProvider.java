package fr.centreisere.concierge.order.orders;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.centreisere.concierge.order.dispatch.DispatchOutcome;
import fr.centreisere.concierge.order.dispatch.DispatchRefused;
import fr.centreisere.concierge.order.dispatch.DispatchRequest;
import fr.centreisere.concierge.order.dispatch.Dispatches;
import fr.centreisere.concierge.platform.outbox.GiveUp;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.outbox.OutboxSender;
import fr.centreisere.concierge.platform.outbox.SendResult;

/**
 * Sends one of an order's messages to provider-service, built from the order as it is now (a dispatch
 * carries the order's current slot). A refusal (provider-service's final word, {@link DispatchRefused})
 * is a failure with its status, which {@link #REFUSALS_ARE_FINAL} gives up; anything else is retried.
 * provider-service's answer to a dispatch or a reschedule is kept in the message for the order.
 */
public final class SendToProvider implements OutboxSender {

    /** Only refusals carry a status: they are final, everything else is retried. */
    public static final GiveUp REFUSALS_ARE_FINAL = (message, attempts, failure) -> failure.status() != null;

    private final Orders orders;
    private final Dispatches dispatches;

    public SendToProvider(Orders orders, Dispatches dispatches) {
        this.orders = orders;
        this.dispatches = dispatches;
    }

    @Override
    public SendResult send(String orderId, OutboxMessage message) {
        Optional<Order> found = orders.find(orderId);
        if (found.isEmpty()) {
            return SendResult.failed(null, "order " + orderId + " not found");
        }
        return send(found.get(), message);
    }

    /** As {@link #send(String, OutboxMessage)}, with the order in hand (the placing request's: no read). */
    public SendResult send(Order order, OutboxMessage message) {
        try {
            return switch (ProviderMessages.kindOf(message)) {
                case DISPATCH -> SendResult.delivered(answer(dispatches.dispatch(requestOf(order))));
                case CANCEL -> {
                    dispatches.cancel(order.id(), ProviderMessages.reason(message), ProviderMessages.by(message));
                    yield SendResult.delivered();
                }
                case REASSIGN -> {
                    dispatches.reassign(order.id(), String.valueOf(ProviderMessages.memberId(message)),
                            String.valueOf(ProviderMessages.reason(message)), ProviderMessages.overrideReason(message));
                    yield SendResult.delivered();
                }
                case RESCHEDULE -> SendResult.delivered(answer(dispatches.reschedule(order.id(), order.slot().date(),
                        order.slot().from(), order.slot().to())));
            };
        } catch (DispatchRefused refusal) {
            // provider-service's code and arguments, never its raw answer: the history says them in its reader's language
            return SendResult.failed(refusal.status() > 0 ? refusal.status() : 422, ProviderRefusal.write(refusal.reason()));
        } catch (RuntimeException error) {
            return SendResult.failed(null, error.getClass().getSimpleName() + ": " + error.getMessage());
        }
    }

    private static Map<String, Object> answer(DispatchOutcome outcome) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("jobState", outcome.jobState());
        if (outcome.jobId() != null) {
            answer.put("jobId", outcome.jobId());
        }
        if (outcome.memberId() != null) {
            answer.put("memberId", outcome.memberId());
        }
        if (outcome.unassignedReason() != null) {
            answer.put("unassignedReason", outcome.unassignedReason());
        }
        return answer;
    }

    static DispatchRequest requestOf(Order order) {
        return new DispatchRequest(order.id(), order.number(), order.serviceId(), order.serviceTitle().fr(), order.category(),
                order.communeInsee(), order.slot().date(), order.slot().from(), order.slot().to(), order.quantity(),
                order.price().subtotal().cents(), order.price().commission().cents());
    }
}
