/** The orders' business meters in Micrometer (adapter of {@link fr.centreisere.concierge.order.orders.OrderMeters}). */
@NullMarked
package fr.centreisere.concierge.order.orders.metrics;

import org.jspecify.annotations.NullMarked;
