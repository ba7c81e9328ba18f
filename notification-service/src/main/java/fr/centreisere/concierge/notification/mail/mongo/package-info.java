/**
 * Mails waiting for delivery, in MongoDB.
 */
@NullMarked
package fr.centreisere.concierge.notification.mail.mongo;

import org.jspecify.annotations.NullMarked;
