/** The members' legal identity, read from provider-service through OpenFeign (timeout, circuit breaker). */
@NullMarked
package fr.centreisere.concierge.order.invoice.feign;

import org.jspecify.annotations.NullMarked;
