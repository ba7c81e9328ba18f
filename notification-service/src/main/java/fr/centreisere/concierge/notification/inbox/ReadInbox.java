package fr.centreisere.concierge.notification.inbox;

import java.time.Clock;
import java.util.List;

import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.message.Phrases;
import fr.centreisere.concierge.notification.message.Wording;
import fr.centreisere.concierge.notification.recipient.Recipients;
import org.jspecify.annotations.Nullable;

/** A user reads their list, in their language, and marks entries read. */
public final class ReadInbox {

    /** One entry as the reader reads it. */
    public record Item(String id, String kind, String title, String text, @Nullable String link, java.time.Instant createdAt,
            boolean read) {
    }

    public record Listing(List<Item> items, long unreadCount, int page, int size, long totalItems) {
    }

    private final Inbox inbox;
    private final Recipients recipients;
    private final Wording wording;
    private final Clock clock;

    public ReadInbox(Inbox inbox, Recipients recipients, Wording wording, Clock clock) {
        this.inbox = inbox;
        this.recipients = recipients;
        this.wording = wording;
        this.clock = clock;
    }

    public Listing list(String userId, int page, int size) {
        Language language = recipients.preferencesOf(userId).language();
        List<Item> items = inbox.page(userId, page, size).stream().map(entry -> item(entry, language)).toList();
        return new Listing(items, inbox.unread(userId), page, size, inbox.count(userId));
    }

    public void markRead(String userId, String entryId) {
        if (!inbox.markRead(userId, entryId, clock.instant())) {
            throw new NotificationNotFound(entryId);
        }
    }

    public void markAllRead(String userId) {
        inbox.markAllRead(userId, clock.instant());
    }

    private Item item(InboxEntry entry, Language language) {
        Phrases phrases = wording.phrases(entry.kind(), entry.data(), language);
        return new Item(entry.id(), entry.kind().name(), phrases.title(), phrases.text(), entry.link(), entry.occurredAt(),
                entry.isRead());
    }
}
