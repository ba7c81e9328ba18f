/**
 * What {@code ./concierge fill <orders>} shares between the services that write generated volume through
 * their own storage code (provider-service first, then order-service and the gateway): the catalog it
 * orders from (catalog-service's seed files), the ids of a batch, and the plan — residents and orders
 * with the job events provider-service's rotation gave them — handed from one JVM to the next as a
 * file of JSON lines.
 */
@NullMarked
package fr.centreisere.concierge.platform.fill;

import org.jspecify.annotations.NullMarked;
