/** The orders' HTTP side: the public API under /api/orders and the job events under /internal/orders. */
@NullMarked
package fr.centreisere.concierge.order.orders.web;

import org.jspecify.annotations.NullMarked;
