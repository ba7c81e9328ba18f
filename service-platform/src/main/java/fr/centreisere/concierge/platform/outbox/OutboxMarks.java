package fr.centreisere.concierge.platform.outbox;

import java.time.Instant;
import java.util.List;

import fr.centreisere.concierge.platform.due.DueSets;

/**
 * What an owner's repository calls right after the write that stored its messages: the owner goes into
 * its outbox's due set when one of them is unsettled (and its relay, if it listens, delivers it at once).
 * Nothing is written when everything is settled. Never throws: the owner's write is done.
 */
public final class OutboxMarks {

    private OutboxMarks() {
    }

    public static void written(DueSets dueSets, OutboxLayout layout, String ownerId, List<OutboxMessage> messages) {
        Instant due = Outbox.of(messages).dueAt();
        if (due != null) {
            dueSets.named(layout.dueSetName()).mark(ownerId, due);
        }
    }
}
