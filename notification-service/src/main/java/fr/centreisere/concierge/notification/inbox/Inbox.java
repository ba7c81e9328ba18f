package fr.centreisere.concierge.notification.inbox;

import java.time.Instant;
import java.util.List;

/** The in-app entries (port). */
public interface Inbox {

    /** Adds the entry unless an entry of that id is already there (a repeated event). */
    void add(InboxEntry entry);

    /** One user's entries, newest first. */
    List<InboxEntry> page(String userId, int page, int size);

    long count(String userId);

    long unread(String userId);

    /** Marks the user's entry read (once: a second time keeps the first instant); false when the user has no such entry. */
    boolean markRead(String userId, String entryId, Instant at);

    void markAllRead(String userId, Instant at);
}
