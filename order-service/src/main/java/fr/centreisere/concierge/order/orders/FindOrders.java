package fr.centreisere.concierge.order.orders;

import fr.centreisere.concierge.platform.page.Page;

/** Reads orders: one the caller may see, or a page of them (own ones; a coordinator's filters). */
public class FindOrders {

    private final Orders orders;

    public FindOrders(Orders orders) {
        this.orders = orders;
    }

    /** @throws OrderNotFound when there is none, or the caller may not see it */
    public Order one(Caller caller, String orderId) {
        return orders.find(orderId).filter(order -> order.isVisibleTo(caller))
                .orElseThrow(() -> new OrderNotFound(orderId));
    }

    /**
     * A coordinator's query as asked; anyone else's is narrowed to their own orders (their filters then
     * only narrow that list further); the stuck messages are for coordinators only.
     *
     * @throws ActionNotAllowed when someone else asks for the stuck orders
     */
    public Page<Order> page(Caller caller, OrderQuery asked, int page, int size) {
        return orders.list(narrowed(caller, asked), page, size);
    }

    /** The same page as {@link #page}, each order as a list's card shows it. */
    public Page<OrderSummary> summaries(Caller caller, OrderQuery asked, int page, int size) {
        return orders.summaries(narrowed(caller, asked), page, size);
    }

    /** Every order of the query, with the same narrowing as {@link #page}: an export of all pages. */
    public java.util.stream.Stream<Order> all(Caller caller, OrderQuery asked) {
        return orders.stream(narrowed(caller, asked));
    }

    private static OrderQuery narrowed(Caller caller, OrderQuery asked) {
        if (asked.stuck() && !caller.coordinator()) {
            throw new ActionNotAllowed("order.stuck.coordinators-only");
        }
        return caller.coordinator() ? asked.anyCustomer() : asked.ownOrdersOf(caller.userId());
    }
}
