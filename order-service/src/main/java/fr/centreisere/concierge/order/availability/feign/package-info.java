/** provider-service's availability through OpenFeign and Resilience4j. */
@NullMarked
package fr.centreisere.concierge.order.availability.feign;

import org.jspecify.annotations.NullMarked;
