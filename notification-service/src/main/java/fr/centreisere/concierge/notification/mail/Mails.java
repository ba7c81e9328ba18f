package fr.centreisere.concierge.notification.mail;

import java.util.Optional;

/** Where mails wait until the mail server has taken them (port). */
public interface Mails {

    /** Whether a mail of that id was ever queued (waiting, sent or given up). */
    boolean exists(MailId id);

    /**
     * Queues the mail with its delivery (the platform outbox's message, written in the same insert),
     * unless one of that id was already queued: then nothing changes.
     */
    void add(Mail mail);

    /** The mail as written, while it has not been handed to the mail server; empty once it has (or if unknown). */
    Optional<Mail> unsent(MailId id);

    /** Drops the bodies of a mail the mail server has taken: a reset link is kept nowhere but in the mail. */
    void forgetContent(MailId id);
}
