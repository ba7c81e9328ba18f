package fr.centreisere.concierge.notification.mail;

/**
 * What the mails' delivery tells the service's meters (port; Micrometer's adapter is
 * {@code mail.metrics.MicrometerMailMeters}): each attempt to hand a mail to the mail server, and how it went.
 */
public interface MailMeters {

    /** How one attempt went. */
    enum Outcome {
        /** The mail server took it. */
        SENT,
        /** The mail server was away or refused it for now: tried again later. */
        FAILED,
        /** The mail server refused the address for good: given up, reported. */
        REFUSED
    }

    /** Nothing measured (tests that build the delivery themselves). */
    MailMeters NONE = (mail, outcome) -> { };

    void attempted(Mail mail, Outcome outcome);
}
