/** provider-service's dispatch, seen from order-service: a port ({@link fr.centreisere.concierge.order.dispatch.Dispatches}) and its Feign adapter. */
@NullMarked
package fr.centreisere.concierge.order.dispatch;

import org.jspecify.annotations.NullMarked;
