/**
 * Mails handed to an SMTP server through JavaMailSender.
 */
@NullMarked
package fr.centreisere.concierge.notification.mail.smtp;

import org.jspecify.annotations.NullMarked;
