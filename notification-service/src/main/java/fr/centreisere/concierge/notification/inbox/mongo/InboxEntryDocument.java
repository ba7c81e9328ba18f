package fr.centreisere.concierge.notification.inbox.mongo;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One entry of one user's list; the list is read by user, newest first. */
@Document("notifications")
@CompoundIndex(name = "user_newest_first", def = "{'userId': 1, 'occurredAt': -1, '_id': -1}")
record InboxEntryDocument(
        @Id String id,
        String userId,
        String eventId,
        String kind,
        Map<String, Object> data,
        @Nullable String link,
        Instant occurredAt,
        @Nullable Instant readAt) {
}
