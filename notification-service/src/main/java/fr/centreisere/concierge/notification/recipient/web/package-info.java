/**
 * The directory's internal endpoints and the user's own preferences.
 */
@NullMarked
package fr.centreisere.concierge.notification.recipient.web;

import org.jspecify.annotations.NullMarked;
