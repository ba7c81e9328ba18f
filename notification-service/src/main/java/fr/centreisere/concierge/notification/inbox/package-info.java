/**
 * The in-app list: one entry per notification and user, rendered in the reader's language when read.
 */
@NullMarked
package fr.centreisere.concierge.notification.inbox;

import org.jspecify.annotations.NullMarked;
