/**
 * order-service behind the OrderEvents port and notification-service behind the MemberNotifications port:
 * OpenFeign clients with timeouts and Resilience4j breakers.
 */
package fr.centreisere.concierge.provider.job.feign;
