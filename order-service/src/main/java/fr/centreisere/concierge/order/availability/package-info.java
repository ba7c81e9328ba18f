/** provider-service's availability, seen from order-service: a port ({@link fr.centreisere.concierge.order.availability.Availability}) and its Feign adapter. */
@NullMarked
package fr.centreisere.concierge.order.availability;

import org.jspecify.annotations.NullMarked;
