/** The coverage asked of provider-service over Feign, with its timeouts and breaker. */
@NullMarked
package fr.centreisere.concierge.catalog.coverage.feign;

import org.jspecify.annotations.NullMarked;
