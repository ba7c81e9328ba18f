package fr.centreisere.concierge.order.dispatch;

/** provider-service did not take a message now; it stays in the order's outbox and is sent again later. */
public class DispatchUnavailable extends RuntimeException {

    public DispatchUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
