package fr.centreisere.concierge.order.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;

/**
 * One event of the notification contract ({@code POST /internal/notifications/events}), built by the
 * domain object whose change causes it and kept in its outbox as a message to
 * {@value #DESTINATION}: the payload is the event without its {@code eventId}, which is the message's
 * id, {@code <ownerId>:n:<seq>}, stable across retries.
 */
public final class NotificationEvent {

    public static final String DESTINATION = "notification-service";

    private final String kind;
    private final Instant occurredAt;
    private final Map<String, Object> to = new LinkedHashMap<>();
    private @Nullable String link;
    private final Map<String, Object> data = new LinkedHashMap<>();

    private NotificationEvent(String kind, Instant occurredAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static NotificationEvent of(String kind, Instant occurredAt) {
        return new NotificationEvent(kind, occurredAt);
    }

    /** The id of an owner's {@code seq}-th notification (1 for the first). */
    public static String idFor(String ownerId, int seq) {
        return ownerId + ":n:" + seq;
    }

    public NotificationEvent toUsers(String... userIds) {
        to.put("userIds", List.of(userIds));
        return this;
    }

    public NotificationEvent toCompanyAdminsOf(String companyId) {
        to.put("companyAdminsOf", companyId);
        return this;
    }

    public NotificationEvent link(String path) {
        this.link = path;
        return this;
    }

    /** A value the templates need: text, number, boolean or list of text; nothing is left out. */
    public NotificationEvent with(String key, @Nullable Object value) {
        if (value != null) {
            data.put(key, value);
        }
        return this;
    }

    /** The event as the outbox message written at {@code now} (due at once; {@code occurredAt} may differ). */
    public OutboxMessage asMessage(String id, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", kind);
        payload.put("occurredAt", occurredAt.toString());
        payload.put("to", to);
        if (link != null) {
            payload.put("link", link);
        }
        payload.put("data", data);
        return OutboxMessage.pending(id, DESTINATION, kind, payload, now);
    }
}
