package fr.centreisere.concierge.notification.mail;

/** A mail as written: its subject and the same content as HTML and as plain text. */
public record ComposedMail(String subject, String html, String text) {
}
