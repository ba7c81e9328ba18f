package fr.centreisere.concierge.notification.mail;

import java.util.Optional;

import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.outbox.OutboxSender;
import fr.centreisere.concierge.platform.outbox.SendResult;

/**
 * Hands one queued mail to the mail server, for the platform outbox's relay (destination
 * {@value #DESTINATION}): the relay claims it with a lease, calls this, and on a failure tries again
 * with backoff — a mail server away delays mails, never loses them. A refused address is given up
 * and reported ({@link #REFUSED_STATUS}).
 */
public final class DeliverMail implements OutboxSender {

    public static final String DESTINATION = "smtp";

    /** The status a refused address is reported with: SMTP's « mailbox unavailable ». */
    public static final int REFUSED_STATUS = 550;

    private final Mails mails;
    private final MailTransport transport;
    private final MailMeters meters;

    public DeliverMail(Mails mails, MailTransport transport) {
        this(mails, transport, MailMeters.NONE);
    }

    /** As above, telling {@code meters} how each attempt went. */
    public DeliverMail(Mails mails, MailTransport transport, MailMeters meters) {
        this.mails = mails;
        this.transport = transport;
        this.meters = meters;
    }

    @Override
    public SendResult send(String ownerId, OutboxMessage message) {
        MailId id = new MailId(ownerId);
        Optional<Mail> mail = mails.unsent(id);
        if (mail.isEmpty()) {
            // its bodies are dropped only once it was sent: a relay whose lease ran out during the send came back
            return SendResult.delivered();
        }
        try {
            transport.send(mail.get());
        } catch (MailRefused refused) {
            meters.attempted(mail.get(), MailMeters.Outcome.REFUSED);
            return SendResult.failed(REFUSED_STATUS, refused.getMessage());
        } catch (MailNotSent notSent) {
            meters.attempted(mail.get(), MailMeters.Outcome.FAILED);
            return SendResult.failed(null, notSent.getMessage());
        }
        meters.attempted(mail.get(), MailMeters.Outcome.SENT);
        mails.forgetContent(id);
        return SendResult.delivered();
    }
}
