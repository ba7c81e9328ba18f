package fr.centreisere.concierge.order.orders;

/** A business rule refuses the request (422); the message is the user-facing « français / English » detail. */
public class OrderRefused extends RuntimeException {

    public OrderRefused(String detail) {
        super(detail);
    }
}
