package fr.centreisere.concierge.order.orders;

/** No such order, or not one the caller may see (404 either way). */
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(String orderId) {
        super("Aucune commande « %s ». / No order « %s ».".formatted(orderId, orderId));
    }
}
