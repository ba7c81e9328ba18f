package fr.centreisere.concierge.order.orders.mongo;

import fr.centreisere.concierge.order.notify.NotificationEvent;
import fr.centreisere.concierge.order.orders.ProviderMessages;
import fr.centreisere.concierge.platform.outbox.OutboxLayout;

/**
 * Where an order keeps its two outboxes, for the relays and for the list of stuck orders: the order's
 * version moves with every claim and settlement, so that an order written from an older read is redone.
 */
public final class OrderOutboxLayouts {

    /** Dispatch, cancel, reassign, reschedule: one lane, in the order written. */
    public static final OutboxLayout PROVIDER_SERVICE = OutboxLayout.embedded("orders", "outbox")
            .versioned("version").withDefaultDestination(ProviderMessages.DESTINATION);

    /** The customer's notification events: their own lane, never behind a dispatch. */
    public static final OutboxLayout NOTIFICATIONS = OutboxLayout.embedded("orders", "notifications")
            .versioned("version").withDefaultDestination(NotificationEvent.DESTINATION);

    private OrderOutboxLayouts() {
    }
}
