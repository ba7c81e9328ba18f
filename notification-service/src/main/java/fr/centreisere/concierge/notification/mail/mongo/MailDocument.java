package fr.centreisere.concierge.notification.mail.mongo;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail: to whom, in which language, as written, and its delivery ({@code delivery}: the platform
 * outbox's message, in its stored shape — the document is one message, {@code OutboxLayout.single}).
 * Its id is the event's and the address's, so a repeated event finds it there. Once sent, its
 * bodies are dropped (a reset link is kept nowhere but in the mail): subject and delivery stay.
 */
@Document(MailDocument.COLLECTION)
record MailDocument(
        @Id String id,
        String eventId,
        String kind,
        String to,
        @Nullable String toName,
        String language,
        boolean account,
        String subject,
        @Nullable String html,
        @Nullable String text,
        Instant createdAt,
        org.bson.Document delivery) {

    static final String COLLECTION = "mails";
    static final String DELIVERY = "delivery";
}
