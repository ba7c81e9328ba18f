package fr.centreisere.concierge.notification.mail;

/** Hands a mail to the mail server (port). */
public interface MailTransport {

    /**
     * @throws MailNotSent when the server is away or refuses for now: the mail is tried again later
     * @throws MailRefused when the server refuses this mail for good (an address it will never take)
     */
    void send(Mail mail);
}
