package fr.centreisere.concierge.provider.job;

import java.util.Optional;

/** The visits of accepted jobs, from order-service (port): it alone keeps the customer's data. */
public interface Visits {

    /**
     * The visit of that order for that member; empty when order-service does not answer in time, or does
     * not give it (it gives it only to the member holding the accepted job).
     */
    Optional<Visit> of(String orderId, String memberId);
}
