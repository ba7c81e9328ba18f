package fr.centreisere.concierge.order.orders;

/**
 * Sends an order's due messages at once, after the write that added them (port; the platform outbox
 * relays behind it). Never throws: what is not delivered now stays in the outbox for the next round.
 */
@FunctionalInterface
public interface SendMessages {

    void now(String orderId);

    SendMessages LATER = orderId -> { };
}
