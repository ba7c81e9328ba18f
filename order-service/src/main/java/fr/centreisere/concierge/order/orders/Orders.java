package fr.centreisere.concierge.order.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.platform.page.Page;

/** Where orders are kept. Every change is a conditional update on the order's version. */
public interface Orders {

    /**
     * Stores a new order.
     *
     * @throws IdempotencyKeyTaken when this customer already has an order under that key
     */
    Order insert(Order order);

    Optional<Order> find(String orderId);

    Optional<Order> findByIdempotencyKey(String customerUserId, String idempotencyKey);

    /**
     * Saves the order's changes if nobody changed it since it was read.
     *
     * @return the order as saved (with its new version)
     * @throws ConcurrentChange when the stored version is no longer the one read
     */
    Order update(Order order);

    Page<Order> list(OrderQuery query, int page, int size);

    /** The page {@link #list} gives, each order as a list shows it: a store may read less of each order. */
    default Page<OrderSummary> summaries(OrderQuery query, int page, int size) {
        Page<Order> found = list(query, page, size);
        return new Page<>(found.content().stream().map(OrderSummary::of).toList(), found.page(), found.size(),
                found.totalElements());
    }

    /** Every order of the query, newest first, read as it is consumed: close the stream (an export, issue 14). */
    java.util.stream.Stream<Order> stream(OrderQuery query);

    /**
     * A company's {@code COMPLETED} orders whose completion (the history's {@code COMPLETED} entry) is
     * in {@code [from, to)}: what its monthly statement lists (issue 7).
     */
    List<Order> completedForCompany(String companyId, Instant from, Instant to);

    /**
     * Every {@code COMPLETED} order whose completion is in {@code [from, to)}, as much of it as a month's
     * invoices bill (issue 16).
     */
    List<CompletedOrder> completedBetween(Instant from, Instant to);

    /** Whether any order's completion is in {@code [from, to)}: stops at the first one found. */
    boolean anyCompletedBetween(Instant from, Instant to);

    /** Another customer's order already holds that idempotency key. */
    class IdempotencyKeyTaken extends RuntimeException {
        public IdempotencyKeyTaken(Throwable cause) {
            super("idempotency key already used", cause);
        }
    }

    /** Someone changed the order between read and write: read it again and redo the change. */
    class ConcurrentChange extends RuntimeException {
        public ConcurrentChange(String orderId) {
            super("order " + orderId + " changed concurrently");
        }
    }
}
