package fr.centreisere.concierge.notification.mail;

/** The mail server did not take the mail this time (away, slow, busy): try again later. */
public class MailNotSent extends RuntimeException {

    public MailNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
