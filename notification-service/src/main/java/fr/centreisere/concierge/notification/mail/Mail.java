package fr.centreisere.concierge.notification.mail;

import java.time.Instant;
import java.util.Objects;

import fr.centreisere.concierge.notification.message.MessageKind;

/** One mail of one event to one address, written and waiting to be handed to the mail server. */
public record Mail(MailId id, String eventId, MessageKind kind, MailAddress to, ComposedMail content, Instant createdAt) {

    public Mail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
    }
}
