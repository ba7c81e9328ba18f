package fr.centreisere.concierge.order.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import fr.centreisere.concierge.order.dispatch.DispatchOutcome;
import fr.centreisere.concierge.order.dispatch.DispatchRefused;
import fr.centreisere.concierge.order.dispatch.DispatchRequest;
import fr.centreisere.concierge.order.dispatch.Dispatches;
import org.jspecify.annotations.Nullable;

/**
 * Sends what orders' outboxes hold to provider-service. For each message: claim it for a lease (a
 * conditional update: of two instances, one wins), send it, then mark it sent (another conditional
 * update) or schedule its next attempt with backoff. A sender that dies mid-way leaves a lease that
 * expires; the message is then sent again, which provider-service's idempotency absorbs.
 */
public class DeliverMessages {

    /** Reports what happened, for the logs of whoever runs the delivery. */
    public interface Listener {
        /** Not delivered now; retried later. */
        void failed(String orderId, OutgoingMessage message, RuntimeException error);

        /** Refused for good by provider-service; dropped. */
        default void refused(String orderId, OutgoingMessage message, RuntimeException refusal) {
            failed(orderId, message, refusal);
        }

        Listener NONE = (orderId, message, error) -> { };
    }

    private static final int MAX_MESSAGES_PER_ORDER = 10;

    private final Orders orders;
    private final Dispatches dispatches;
    private final OutboxPolicy policy;
    private final Clock clock;
    private final RandomGenerator random;
    private final Listener listener;

    public DeliverMessages(Orders orders, Dispatches dispatches, OutboxPolicy policy, Clock clock,
            RandomGenerator random, Listener listener) {
        this.orders = orders;
        this.dispatches = dispatches;
        this.policy = policy;
        this.clock = clock;
        this.random = random;
        this.listener = listener;
    }

    /** One round of the scheduler: every order with a message due. @return how many messages were sent */
    public int deliverDue() {
        List<String> due = orders.withMessagesDue(clock.instant(), policy.batchSize());
        int sent = 0;
        for (String orderId : due) {
            sent += deliver(orderId);
        }
        return sent;
    }

    /** Sends what is due in this order now, and never throws: what fails stays in the outbox. */
    public int deliverQuietly(String orderId) {
        try {
            return deliver(orderId);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Sends this order's due messages, one after the other. @return how many were sent */
    public int deliver(String orderId) {
        int sent = 0;
        for (int i = 0; i < MAX_MESSAGES_PER_ORDER; i++) {
            Optional<Claimed> claimed = claimNext(orderId);
            if (claimed.isEmpty()) {
                return sent;
            }
            if (!send(claimed.get())) {
                return sent;
            }
            sent++;
        }
        return sent;
    }

    private record Claimed(Order order, OutgoingMessage message) {
    }

    private Optional<Claimed> claimNext(String orderId) {
        Optional<Order> found = orders.find(orderId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Order order = found.get();
        Instant now = clock.instant();
        Optional<OutgoingMessage> next = order.nextMessage(now);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        order.claim(next.get().id(), now.plus(policy.lease()));
        try {
            return Optional.of(new Claimed(orders.update(order), next.get()));
        } catch (Orders.ConcurrentChange someoneElse) {
            // another sender claimed it, or the order changed: the next round looks again
            return Optional.empty();
        }
    }

    private boolean send(Claimed claimed) {
        Order order = claimed.order();
        OutgoingMessage message = claimed.message();
        JobEvent answer = null;
        try {
            switch (message.kind()) {
                case DISPATCH -> answer = asEvent(message, dispatches.dispatch(requestOf(order)), clock.instant());
                case CANCEL -> dispatches.cancel(order.id(), message.reason() == null ? "cancelled" : message.reason());
                case REASSIGN -> dispatches.reassign(order.id(), String.valueOf(message.memberId()),
                        String.valueOf(message.reason()), message.overrideReason());
                case RESCHEDULE -> answer = asEvent(message, dispatches.reschedule(order.id(), order.slot().date(),
                        order.slot().from(), order.slot().to()), clock.instant());
            }
        } catch (DispatchRefused refusal) {
            listener.refused(order.id(), message, refusal);
            // provider-service's words (its problem's detail), not the raw answer: they go into the history
            String why = refusal.detail() == null || refusal.detail().isBlank() ? "refused" : refusal.detail();
            change(order.id(), o -> o.messageRefused(message.id(), why.length() > 300 ? why.substring(0, 300) : why,
                    clock.instant()));
            return true;
        } catch (RuntimeException error) {
            listener.failed(order.id(), message, error);
            recordFailure(order.id(), message, error);
            return false;
        }
        JobEvent outcome = answer;
        change(order.id(), o -> o.messageSent(message.id(), clock.instant(), outcome));
        return true;
    }

    private void recordFailure(String orderId, OutgoingMessage message, RuntimeException error) {
        String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
        String shortReason = reason.length() > 300 ? reason.substring(0, 300) : reason;
        change(orderId, o -> o.messageFailed(message.id(), shortReason, clock.instant(),
                policy.backoff(message.attempts() + 1, random)));
    }

    private void change(String orderId, java.util.function.Consumer<Order> change) {
        try {
            OrderChanges.change(orders, orderId, change);
        } catch (Orders.ConcurrentChange | OrderNotFound stillBusy) {
            // left claimed: the lease expires and the message is looked at again; receivers are idempotent
        }
    }

    private static @Nullable JobEvent asEvent(OutgoingMessage message, DispatchOutcome outcome, Instant now) {
        return JobEventType.ofJobState(outcome.jobState())
                .map(type -> new JobEvent("dispatch-answer-" + message.id(), type, outcome.jobId(),
                        outcome.memberId(), now, null,
                        UnassignedReason.ofCode(outcome.unassignedReason()).orElse(null)))
                .orElse(null);
    }

    static DispatchRequest requestOf(Order order) {
        return new DispatchRequest(order.id(), order.number(), order.serviceId(), order.category(),
                order.communeInsee(), order.slot().date(), order.slot().from(), order.slot().to(), order.quantity(),
                order.price().subtotal().cents(), order.price().commission().cents());
    }
}
