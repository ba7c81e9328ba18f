/**
 * Orders: a resident orders a service, order-service prices it from the catalog, has it dispatched by
 * provider-service through an outbox inside the order, and follows the job to completion.
 */
@NullMarked
package fr.centreisere.concierge.order.orders;

import org.jspecify.annotations.NullMarked;
