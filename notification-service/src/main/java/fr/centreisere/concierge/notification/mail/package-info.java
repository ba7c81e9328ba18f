/**
 * Mails: one per event and address, composed from templates, delivered with retries until the mail server takes it.
 */
@NullMarked
package fr.centreisere.concierge.notification.mail;

import org.jspecify.annotations.NullMarked;
