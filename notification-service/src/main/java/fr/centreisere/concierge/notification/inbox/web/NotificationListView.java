package fr.centreisere.concierge.notification.inbox.web;

import java.time.Instant;
import java.util.List;

import fr.centreisere.concierge.notification.inbox.ReadInbox;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/notifications} as docs/API.md writes it. */
record NotificationListView(List<Item> items, long unreadCount, int page, int size, long totalItems) {

    record Item(String id, String kind, String title, String text, @Nullable String link, Instant createdAt, boolean read) {
    }

    static NotificationListView of(ReadInbox.Listing listing) {
        return new NotificationListView(listing.items().stream()
                .map(item -> new Item(item.id(), item.kind(), item.title(), item.text(), item.link(), item.createdAt(), item.read()))
                .toList(), listing.unreadCount(), listing.page(), listing.size(), listing.totalItems());
    }
}
