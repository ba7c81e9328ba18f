package fr.centreisere.concierge.order.report;

import fr.centreisere.concierge.order.orders.OrderQuery;

/** Counts orders where they are kept (port). */
public interface OrderTallies {

    OrderTally count(OrderQuery query);
}
