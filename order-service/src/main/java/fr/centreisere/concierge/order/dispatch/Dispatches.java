package fr.centreisere.concierge.order.dispatch;

/** provider-service's dispatch, as order-service needs it. Every call is idempotent on the receiving side. */
public interface Dispatches {

    /** @throws DispatchUnavailable when provider-service did not take the request (to be retried) */
    DispatchOutcome dispatch(DispatchRequest request);

    /**
     * Cancels the order's job; an order provider-service never heard of counts as cancelled.
     *
     * @throws DispatchRefused when the job can no longer be cancelled there (it started or is done)
     * @throws DispatchUnavailable when provider-service did not answer (to be retried)
     */
    void cancel(String orderId, String reason);

    /**
     * Offers the order to that member, outside the rotation; {@code decidedBy} is the coordinator.
     *
     * @throws DispatchRefused when provider-service refuses (suspended member, job past reassignment, unknown order)
     * @throws DispatchUnavailable when provider-service did not answer (to be retried)
     */
    void reassign(String orderId, String memberId, String decidedBy);
}
