/**
 * The internal endpoint that receives events (POST /internal/notifications/events).
 */
@NullMarked
package fr.centreisere.concierge.notification.event.web;

import org.jspecify.annotations.NullMarked;
