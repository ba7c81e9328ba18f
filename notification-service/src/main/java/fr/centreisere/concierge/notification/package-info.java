/** notification-service: the mails, the in-app list and the preferences of every account. */
@NullMarked
package fr.centreisere.concierge.notification;

import org.jspecify.annotations.NullMarked;
