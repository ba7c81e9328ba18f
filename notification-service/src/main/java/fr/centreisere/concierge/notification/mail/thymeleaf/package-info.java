/**
 * Mails composed with Thymeleaf templates (HTML and plain text) and the message bundles.
 */
@NullMarked
package fr.centreisere.concierge.notification.mail.thymeleaf;

import org.jspecify.annotations.NullMarked;
