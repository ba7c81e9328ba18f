/**
 * The recipient directory (a copy of what notifications need of each account) and each user's preferences.
 */
@NullMarked
package fr.centreisere.concierge.notification.recipient;

import org.jspecify.annotations.NullMarked;
