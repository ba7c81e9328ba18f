/**
 * {@code ./concierge fill <orders>}, order-service's part: reads the batch provider-service planned
 * (platform.fill), makes each order by the order's own rules and transitions ({@code ReplayOrder}), bills
 * the employees' orders to their company within its contract and monthly cap (memberships and allowances
 * through their repositories), and writes the orders in bulk. Runs as a one-shot JVM: {@link FillApplication}.
 */
@NullMarked
package fr.centreisere.concierge.order.fill;

import org.jspecify.annotations.NullMarked;
