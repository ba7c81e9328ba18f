package fr.centreisere.concierge.notification.event.mongo;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One received event: its id (unique: a repeat is a duplicate key), what it was, and when its
 * entries and mails were all written. Its data is not kept here (an account message's link carries
 * a secret); the entries and mails hold what they need.
 */
@Document("events")
record EventDocument(@Id String eventId, String kind, Instant occurredAt, Instant receivedAt, @Nullable Instant fannedOutAt) {
}
