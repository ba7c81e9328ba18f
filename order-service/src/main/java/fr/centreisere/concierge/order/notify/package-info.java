/**
 * The notification events order-service owes notification-service (issue 13): built here, written in
 * the outbox of the document whose change causes them, delivered by the platform outbox.
 */
@NullMarked
package fr.centreisere.concierge.order.notify;

import org.jspecify.annotations.NullMarked;
