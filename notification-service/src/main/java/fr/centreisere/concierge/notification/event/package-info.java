/**
 * Notification events from the other services: received once by event id, then fanned out to in-app entries and mails.
 */
@NullMarked
package fr.centreisere.concierge.notification.event;

import org.jspecify.annotations.NullMarked;
