package fr.centreisere.concierge.order.dispatch;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/** provider-service's dispatch, as order-service needs it. Every call is idempotent on the receiving side. */
public interface Dispatches {

    /**
     * @throws DispatchRefused when provider-service refuses the dispatch as invalid (400, 422): never resent
     * @throws DispatchUnavailable when provider-service did not take the request (to be retried)
     */
    DispatchOutcome dispatch(DispatchRequest request);

    /**
     * Cancels the order's job ({@code reason}: the words its customer or coordinator typed, if any); an order
     * provider-service never heard of counts as cancelled.
     *
     * @throws DispatchRefused when the job can no longer be cancelled there (it started or is done)
     * @throws DispatchUnavailable when provider-service did not answer (to be retried)
     */
    void cancel(String orderId, @Nullable String reason, String by);

    /**
     * Offers the order to that member, outside the rotation; {@code decidedBy} is the coordinator. With
     * an {@code overrideReason}, the coordinator overrides a member that does not fit (it needs only to
     * exist and be active).
     *
     * @throws DispatchRefused when provider-service refuses (suspended member, job past reassignment, unknown order)
     * @throws DispatchUnavailable when provider-service did not answer (to be retried)
     */
    void reassign(String orderId, String memberId, String decidedBy, @Nullable String overrideReason);

    /**
     * Moves the order's {@code UNASSIGNED} job to a new slot; the rotation dispatches it again.
     *
     * @throws DispatchRefused when provider-service refuses (the job is not {@code UNASSIGNED}, unknown order, invalid slot)
     * @throws DispatchUnavailable when provider-service did not answer (to be retried)
     */
    DispatchOutcome reschedule(String orderId, LocalDate date, LocalTime from, LocalTime to);
}
