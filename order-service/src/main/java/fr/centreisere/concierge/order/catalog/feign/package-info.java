/** catalog-service through OpenFeign and Resilience4j. */
@NullMarked
package fr.centreisere.concierge.order.catalog.feign;

import org.jspecify.annotations.NullMarked;
