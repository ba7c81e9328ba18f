package fr.centreisere.concierge.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import fr.centreisere.concierge.notification.message.MessageData;
import fr.centreisere.concierge.notification.message.MessageKind;
import org.jspecify.annotations.Nullable;

/**
 * One notification in one user's list. It keeps what happened (kind and data), not the words: they
 * are written in the reader's language each time the list is read, so a change of language applies
 * to the whole list at once.
 *
 * @param id         {@code ntf-} and 32 hex digits, derived from the event and the user: a repeat is the same entry
 * @param occurredAt when it happened, as the producer says (the list's order)
 * @param readAt     when the user marked it read; {@code null} while unread
 */
public record InboxEntry(String id, String userId, String eventId, MessageKind kind, MessageData data,
        @Nullable String link, Instant occurredAt, @Nullable Instant readAt) {

    public static final String ID_PATTERN = "ntf-[0-9a-f]{32}";

    public InboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
    }

    /** A new, unread entry of this event for this user. */
    public static InboxEntry of(String eventId, String userId, MessageKind kind, MessageData data, @Nullable String link,
            Instant occurredAt) {
        return new InboxEntry(idOf(eventId, userId), userId, eventId, kind, data, link, occurredAt, null);
    }

    static String idOf(String eventId, String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((eventId + "\n" + userId).getBytes(StandardCharsets.UTF_8));
            return "ntf-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public boolean isRead() {
        return readAt != null;
    }
}
