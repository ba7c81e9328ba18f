package fr.centreisere.concierge.notification.mail;

/** Where mails wait until the mail server has taken them (port). */
public interface Mails {

    /** Whether a mail of that id was ever queued (waiting, sent or given up). */
    boolean exists(MailId id);

    /** Queues the mail, unless one of that id was already queued: then nothing changes. */
    void add(Mail mail);
}
