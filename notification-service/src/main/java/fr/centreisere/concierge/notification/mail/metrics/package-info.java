/** The mails' business meter in Micrometer (adapter of {@link fr.centreisere.concierge.notification.mail.MailMeters}). */
@NullMarked
package fr.centreisere.concierge.notification.mail.metrics;

import org.jspecify.annotations.NullMarked;
