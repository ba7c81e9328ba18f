package fr.centreisere.concierge.notification.mail;

import java.time.Instant;

import fr.centreisere.concierge.notification.message.MessageData;
import fr.centreisere.concierge.notification.message.MessageKind;
import org.jspecify.annotations.Nullable;

/**
 * Writes the mail of an event for one address and queues it for delivery, once: a second post of
 * the same event to the same address finds the mail there and does nothing.
 */
public final class PostMail {

    private final MailComposer composer;
    private final Mails mails;

    public PostMail(MailComposer composer, Mails mails) {
        this.composer = composer;
        this.mails = mails;
    }

    public void post(String eventId, MessageKind kind, MessageData data, @Nullable String link, MailAddress to, Instant now) {
        MailId id = MailId.of(eventId, to.email());
        if (mails.exists(id)) {
            return;
        }
        mails.add(new Mail(id, eventId, kind, to, composer.compose(kind, data, link, to), now));
    }
}
