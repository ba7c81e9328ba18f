package fr.centreisere.concierge.order.impact;

import java.util.List;

/** provider-service's reports of the work done for orders (port). */
public interface InsertionWork {

    /**
     * The work done for those orders; an order without a report (its job not done, or lost) is left out.
     *
     * @throws WorkUnavailable when provider-service does not answer
     */
    List<WorkDone> forOrders(List<String> orderIds);

    /** provider-service did not answer: the bilan cannot be drawn now (503). */
    class WorkUnavailable extends RuntimeException {
        public WorkUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
