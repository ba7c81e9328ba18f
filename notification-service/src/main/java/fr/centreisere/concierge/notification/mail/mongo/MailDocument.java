package fr.centreisere.concierge.notification.mail.mongo;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail: to whom, in which language, as written, and its delivery. Its id is the event's and the
 * address's, so a repeated event finds it there. Once sent, its bodies are dropped (a reset link is
 * kept nowhere but in the mail): the subject and the delivery stay, for the report.
 */
@Document("mails")
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
        Instant createdAt) {
}
