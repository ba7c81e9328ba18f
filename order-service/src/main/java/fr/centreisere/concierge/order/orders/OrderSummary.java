package fr.centreisere.concierge.order.orders;

import java.time.Instant;

import fr.centreisere.concierge.order.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * An order as a list's card shows it (« Mes commandes », issue 15). A store may read it without the
 * order's history, events, address and outboxes, which are most of a stored order.
 *
 * @param dispatchPending a message to provider-service is not settled yet (the order waits for it)
 */
public record OrderSummary(String id, String number, OrderState state, String serviceId, ServiceTitle serviceTitle,
        String category, String communeInsee, Slot slot, Money total, Money customerShare,
        @Nullable String memberId, boolean dispatchPending, Instant createdAt) {

    public static OrderSummary of(Order order) {
        return new OrderSummary(order.id(), order.number(), order.state(), order.serviceId(), order.serviceTitle(),
                order.category(), order.communeInsee(), order.slot(), order.price().total(),
                order.price().customerShare(), order.memberId(), order.hasUnsentMessages(), order.createdAt());
    }
}
