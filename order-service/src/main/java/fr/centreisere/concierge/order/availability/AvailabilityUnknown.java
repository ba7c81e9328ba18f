package fr.centreisere.concierge.order.availability;

/** provider-service did not tell the availability now: the caller goes on without it (the dispatch decides later). */
public class AvailabilityUnknown extends RuntimeException {

    public AvailabilityUnknown(String message, Throwable cause) {
        super(message, cause);
    }
}
