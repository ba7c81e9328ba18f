package fr.centreisere.concierge.order.orders;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** No such order, or not one the caller may see (404 either way). */
public class OrderNotFound extends LocalizedException {

    public OrderNotFound(String orderId) {
        super("order.not-found", orderId);
    }
}
