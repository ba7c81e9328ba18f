package fr.centreisere.concierge.provider.job;

import java.util.Locale;
import java.util.Objects;

import fr.centreisere.concierge.provider.member.Territory;

/**
 * What order-service tells us about the order to dispatch; enough to dispatch it, to report impact and
 * to tell the member what is offered. {@code serviceName} and {@code communeName} are optional (sent by
 * order-service when it knows them); without them the messages use {@link #serviceLabel()} and
 * {@link #communeLabel()}. The customer's address is never here: a member sees it only once it accepted.
 */
public record OrderRef(String orderId, String orderNumber, String serviceId, String category, String communeInsee,
        Slot slot, int quantity, Money subtotal, Money commission, String serviceName, String communeName) {

    public OrderRef {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(communeInsee, "communeInsee");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(commission, "commission");
    }

    public OrderRef(String orderId, String orderNumber, String serviceId, String category, String communeInsee,
            Slot slot, int quantity, Money subtotal, Money commission) {
        this(orderId, orderNumber, serviceId, category, communeInsee, slot, quantity, subtotal, commission, null, null);
    }

    /** The same order on another slot. */
    public OrderRef at(Slot newSlot) {
        return new OrderRef(orderId, orderNumber, serviceId, category, communeInsee, newSlot, quantity, subtotal,
                commission, serviceName, communeName);
    }

    /** The service's name as order-service sent it, else one made from its id ({@code svc-reparation-velo} → « Reparation velo »). */
    public String serviceLabel() {
        if (serviceName != null && !serviceName.isBlank()) {
            return serviceName;
        }
        String words = serviceId.replaceFirst("^svc-", "").replace('-', ' ');
        return words.isEmpty() ? serviceId : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The commune's name as order-service sent it, else the territory's name for its INSEE code. */
    public String communeLabel() {
        return communeName != null && !communeName.isBlank() ? communeName : Territory.nameOf(communeInsee);
    }
}
