package fr.centreisere.concierge.provider.job;

import java.util.Objects;

/** What order-service tells us about the order to dispatch; enough to dispatch it and to report impact. */
public record OrderRef(String orderId, String orderNumber, String serviceId, String category, String communeInsee,
        Slot slot, int quantity, Money subtotal, Money commission) {

    public OrderRef {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(communeInsee, "communeInsee");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(commission, "commission");
    }

    /** The same order on another slot. */
    public OrderRef at(Slot newSlot) {
        return new OrderRef(orderId, orderNumber, serviceId, category, communeInsee, newSlot, quantity, subtotal, commission);
    }
}
