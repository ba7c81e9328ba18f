package fr.centreisere.concierge.order.orders;

/**
 * What the orders' use cases tell the service's meters (port; Micrometer's adapter is
 * {@code orders.metrics.MicrometerOrderMeters}): an order stored for the first time, and every write of a
 * change with the state the order had before it, from which the meters see the dispatch's first outcome
 * and an order becoming {@code UNASSIGNED}. Called after the write, never failing it.
 */
public interface OrderMeters {

    /** Nothing measured (tests and tools that build the use cases themselves). */
    OrderMeters NONE = new OrderMeters() {
        @Override
        public void placed(Order order) {
        }

        @Override
        public void changed(OrderState before, Order after) {
        }
    };

    /** A new order was stored (not the replay of one already placed under the same key). */
    void placed(Order order);

    /** An order was written after a change that found it {@code before}. */
    void changed(OrderState before, Order after);
}
