/** The bilan RSE's port to provider-service: the work done for some orders (POST /internal/work). */
@NullMarked
package fr.centreisere.concierge.order.impact.feign;

import org.jspecify.annotations.NullMarked;
