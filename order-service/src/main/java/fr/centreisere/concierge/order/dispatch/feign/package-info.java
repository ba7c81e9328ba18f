/** provider-service's dispatch through OpenFeign and Resilience4j. */
@NullMarked
package fr.centreisere.concierge.order.dispatch.feign;

import org.jspecify.annotations.NullMarked;
