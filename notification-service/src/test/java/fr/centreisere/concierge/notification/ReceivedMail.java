package fr.centreisere.concierge.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** A mail as the SMTP server received it, parsed: recipient, subject, its two parts. */
public record ReceivedMail(String from, String to, String subject, String contentType, String language, String text, String html,
        String messageId) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            MimeMultipart alternative = (MimeMultipart) message.getContent();
            String text = null;
            String html = null;
            for (int i = 0; i < alternative.getCount(); i++) {
                BodyPart part = alternative.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
            return new ReceivedMail(((jakarta.mail.internet.InternetAddress) message.getFrom()[0]).toUnicodeString(),
                    message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    message.getContentType(), message.getHeader("Content-Language", null), text, html,
                    message.getMessageID());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("not a mail of ours", e);
        }
    }

    /** The bare address of the recipient. */
    public String address() {
        int open = to.indexOf('<');
        return open < 0 ? to : to.substring(open + 1, to.indexOf('>'));
    }
}
