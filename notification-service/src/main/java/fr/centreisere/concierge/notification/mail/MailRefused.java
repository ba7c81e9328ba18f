package fr.centreisere.concierge.notification.mail;

/** The mail server will never take this mail (its address is refused for good): give it up and report it. */
public class MailRefused extends RuntimeException {

    public MailRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
