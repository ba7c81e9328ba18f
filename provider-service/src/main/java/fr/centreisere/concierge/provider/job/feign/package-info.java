/**
 * order-service behind the OrderEvents port and notification-service behind the MemberNotifications port:
 * OpenFeign clients with timeouts and Resilience4j breakers.
 */
@NullMarked
package fr.centreisere.concierge.provider.job.feign;

import org.jspecify.annotations.NullMarked;
